namespace JobSentinel.Core.BackgroundWork;

/// <summary>
/// A piece of background work recorded before it is queued (outbox), so that anything not finished
/// when the process stops is queued again at the next start.
/// </summary>
public sealed class WorkItem
{
    public long Id { get; set; }

    /// <summary>Which <see cref="IWorkItemHandler"/> runs it.</summary>
    public required string Kind { get; set; }

    /// <summary>Handler-specific JSON.</summary>
    public string Payload { get; set; } = "{}";

    public WorkItemStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? Error { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}
