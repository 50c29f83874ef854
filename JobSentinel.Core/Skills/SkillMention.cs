namespace JobSentinel.Core.Skills;

/// <summary>A skill found in a text: its canonical name and the line it was first found on (the evidence).</summary>
public sealed record SkillMention(string Skill, string Evidence);
