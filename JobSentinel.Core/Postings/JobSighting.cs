namespace JobSentinel.Core.Postings;

/// <summary>A posting as listed by one source: identity there is the board's own id (else the canonical URL).</summary>
public sealed class JobSighting
{
    public long Id { get; set; }

    public long JobId { get; set; }

    public int SourceId { get; set; }

    public required string ExternalId { get; set; }

    public string? Url { get; set; }

    /// <summary>Hash of the raw content: an unchanged description is not sanitised again.</summary>
    public long ContentHash { get; set; }

    public DateTime FirstSeenAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    public int TimesSeen { get; set; }

    /// <summary>Consecutive successful runs of the source that did not list it.</summary>
    public int MissedRuns { get; set; }

    public bool Open { get; set; } = true;

    public DateTime? ClosedAt { get; set; }
}
