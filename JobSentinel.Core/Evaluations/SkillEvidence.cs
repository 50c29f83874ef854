namespace JobSentinel.Core.Evaluations;

/// <summary>A skill the job asks for and whether the resume has it, with the resume line that shows it.</summary>
public sealed record SkillEvidence(string Skill, bool Required, bool Found, string? Evidence);
