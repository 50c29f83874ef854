namespace JobSentinel.Core.Achievements;

/// <summary>A STAR record as the API and the achievements page show it.</summary>
public sealed record StarRecordView(
    long Id,
    long? ResumeId,
    string Title,
    string Situation,
    string Task,
    string Action,
    string Result,
    IReadOnlyList<string> Skills,
    string? Company,
    string? Role,
    string? SourceText,
    StarRecordStatus Status,
    DateTime CreatedAt,
    DateTime UpdatedAt);
