namespace JobSentinel.Core.Evaluations;

/// <summary>An evaluation as the API shows it (SPEC §7); the result fields are null until it completes.</summary>
public sealed record EvaluationView(
    long Id,
    EvaluationStatus Status,
    int Progress,
    long ResumeId,
    string ResumeName,
    long? JobId,
    long? JobDescriptionId,
    string JobTitle,
    string? Company,
    int? RelevanceScore,
    Verdict? Verdict,
    HardMatch? HardMatch,
    SoftMatch? SoftMatch,
    double? ExperienceFit,
    double? EducationFit,
    IReadOnlyList<string> MissingSkills,
    IReadOnlyList<string> Suggestions,
    JobRequirements? Requirements,
    string? Error,
    int Attempts,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt);
