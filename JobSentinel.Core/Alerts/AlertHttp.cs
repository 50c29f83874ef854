namespace JobSentinel.Core.Alerts;

/// <summary>The named HttpClient that webhook channels (Slack, JSON webhook, Discord, Teams) post through.</summary>
public static class AlertHttp
{
    public const string ClientName = "alerts";

    public const string UserAgent = "JobSentinel/1.0 (+self-hosted job alerts)";

    /// <summary>One attempt's limit; the alert outbox retries, the client never does.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
}
