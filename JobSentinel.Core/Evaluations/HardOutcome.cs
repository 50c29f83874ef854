namespace JobSentinel.Core.Evaluations;

/// <summary>The hard match of one resume and one job before it becomes a <see cref="HardMatch"/>.</summary>
internal sealed record HardOutcome(
    double Score,
    IReadOnlyList<SkillEvidence> Evidence,
    IReadOnlyList<string> Matched,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> RelatedOnly,
    IReadOnlyList<int> MissingKeywords);
