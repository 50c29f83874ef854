namespace JobSentinel.Core.Pipeline;

/// <summary>One preparation of an application for a (posting, resume) pair; its steps are <see cref="PipelineStep"/> rows.</summary>
public sealed class PipelineRun
{
    public long Id { get; set; }

    public long JobId { get; set; }

    public long ResumeId { get; set; }

    public PipelineRunStatus Status { get; set; }

    public string? Error { get; set; }

    public double CostUsd { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}
