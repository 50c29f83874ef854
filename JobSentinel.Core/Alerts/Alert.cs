namespace JobSentinel.Core.Alerts;

public enum AlertStatus
{
    Pending,

    /// <summary>Handed to the channel and not yet acknowledged; a crash in this state sends it again at startup.</summary>
    Sending,
    Sent,
    Failed,
}

public enum AlertKind
{
    Immediate,
    Digest,
}

/// <summary>
/// One posting owed to one channel: the durable outbox row. (ChannelId, JobId) is unique, so a
/// posting is never alerted twice on a channel, whatever re-sightings and restarts happen.
/// </summary>
public sealed class Alert
{
    public long Id { get; set; }

    public int ChannelId { get; set; }

    public long JobId { get; set; }

    public int ProfileId { get; set; }

    public double Score { get; set; }

    public AlertKind Kind { get; set; }

    public AlertStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not before this (back-off, Retry-After); null = at once.</summary>
    public DateTime? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>When the posting was stored (the start of the delivery latency).</summary>
    public DateTime MatchedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }
}
