namespace JobSentinel.Core.Pipeline;

/// <summary>A run as the API and the pages show it (SPEC §7 "pipeline run" plus the job's title and company).</summary>
public sealed record PipelineRunView(
    long Id,
    PipelineRunStatus Status,
    long JobId,
    long ResumeId,
    string JobTitle,
    string? Company,
    string ResumeName,
    IReadOnlyList<PipelineStepView> Steps,
    IReadOnlyList<PipelineDocumentView> Documents,
    double CostUsd,
    string? Error,
    int Attempts,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt)
{
    /// <summary>Milliseconds from start to finish (or until now for a run still processing: null).</summary>
    public long? DurationMs => StartedAt is { } start && FinishedAt is { } end ? (long)(end - start).TotalMilliseconds : null;
}
