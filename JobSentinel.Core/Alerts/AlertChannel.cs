namespace JobSentinel.Core.Alerts;

/// <summary>Where alerts go: a webhook (Slack, Discord, Teams, JSON) or SMTP, with its own filters and quiet times.</summary>
public sealed class AlertChannel
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public AlertChannelType Type { get; set; }

    /// <summary>The webhook URL, protected (it holds the channel's token).</summary>
    public string? UrlProtected { get; set; }

    /// <summary>The JSON webhook's signing secret, protected.</summary>
    public string? SecretProtected { get; set; }

    /// <summary>SMTP settings as JSON, password included, protected.</summary>
    public string? SmtpProtected { get; set; }

    /// <summary>Only postings scoring at least this; null = the profile's immediate threshold.</summary>
    public double? MinScore { get; set; }

    /// <summary>Only matches of this profile; null = the posting's best profile.</summary>
    public int? ProfileId { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>The daily digest of matches between the profile's digest minimum and the immediate threshold.</summary>
    public bool DigestEnabled { get; set; } = true;

    /// <summary>Local time of the digest, "HH:mm".</summary>
    public string DigestTime { get; set; } = "08:00";

    /// <summary>"HH:mm-HH:mm" local time (may wrap midnight), or null.</summary>
    public string? QuietHours { get; set; }

    /// <summary>IANA or Windows time zone id of <see cref="DigestTime"/> and <see cref="QuietHours"/>.</summary>
    public string TimeZone { get; set; } = "UTC";

    public DateTime? SnoozedUntil { get; set; }

    public DateTime? LastDigestAt { get; set; }

    public DateTime? LastDeliveredAt { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
