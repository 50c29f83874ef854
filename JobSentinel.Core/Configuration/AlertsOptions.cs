namespace JobSentinel.Core.Configuration;

/// <summary>Alert delivery (section <c>JobSentinel:Alerts</c>).</summary>
public sealed class AlertsOptions
{
    public const string SectionName = "JobSentinel:Alerts";

    /// <summary>The address people open JobSentinel at: the "View job" links in alerts start with it.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5000";

    /// <summary>At most this many postings are listed in one message; the rest are counted ("…and 12 more").</summary>
    public int BatchSize { get; set; } = 10;

    /// <summary>Attempts before an alert that keeps failing for temporary reasons is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Cap of the exponential back-off between attempts (1 s, 2 s, 4 s...).</summary>
    public int MaxBackoffSeconds { get; set; } = 300;
}
