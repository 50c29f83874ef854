namespace JobSentinel.Core.Applications;

/// <summary>When an application entered a status.</summary>
public sealed record ApplicationHistoryEntry(ApplicationStatus Status, DateTime At);
