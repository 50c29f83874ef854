namespace JobSentinel.Core.Applications;

/// <summary>
/// One application in the tracker. It keeps its own copy of title and company so that it outlives the posting
/// (a posting can be archived or deleted; the application history stays).
/// </summary>
public sealed class TrackedApplication
{
    public long Id { get; set; }

    /// <summary>The tracked posting; null for an application entered by hand or whose posting was deleted.</summary>
    public long? JobId { get; set; }

    public required string Title { get; set; }

    public required string Company { get; set; }

    public string? Url { get; set; }

    public ApplicationStatus Status { get; set; }

    /// <summary>Order within its board column (smaller is higher).</summary>
    public double Position { get; set; }

    public string? Notes { get; set; }

    public DateTime? AppliedAt { get; set; }

    public double? SalaryOffered { get; set; }

    public string? SalaryCurrency { get; set; }

    public string? NextAction { get; set; }

    /// <summary>When the next action is due: the reminder.</summary>
    public DateTime? NextActionAt { get; set; }

    /// <summary>JSON list of <c>{status, at}</c>: when the application entered each status.</summary>
    public string HistoryJson { get; set; } = "[]";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
