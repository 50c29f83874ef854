namespace JobSentinel.Core.Evaluations;

/// <summary>Exact skills and keywords: score 0–100, matched and missing canonical skill names, evidence per skill.</summary>
public sealed record HardMatch(int Score, IReadOnlyList<string> MatchedSkills, IReadOnlyList<string> MissingSkills, IReadOnlyList<SkillEvidence> Evidence);
