namespace JobSentinel.Core.Evaluations;

/// <summary>
/// How relevant a resume is to a job. <see cref="RelevanceScore"/> = 0.6 × hard + 0.4 × soft (weights
/// configurable), adjusted by experience and education fit (each 0–1).
/// </summary>
public sealed record RelevanceResult(
    int RelevanceScore,
    Verdict Verdict,
    HardMatch HardMatch,
    SoftMatch SoftMatch,
    double ExperienceFit,
    double EducationFit,
    IReadOnlyList<string> MissingSkills,
    IReadOnlyList<string> Suggestions,
    JobRequirements Requirements);
