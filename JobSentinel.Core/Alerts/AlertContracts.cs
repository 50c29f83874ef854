namespace JobSentinel.Core.Alerts;

public enum AlertChannelType
{
    Slack,
    Webhook,
    Email,
    Discord,
    Teams,
}

/// <summary>Why a message is sent: matches above the immediate threshold, the daily digest, or "Send test".</summary>
public enum AlertMessageKind
{
    Immediate,
    Digest,
    Test,
}

/// <summary>One posting in an alert message.</summary>
/// <param name="JobUrl">The posting on its board (may be null).</param>
/// <param name="ViewUrl">The posting's page in JobSentinel (absolute).</param>
/// <param name="Salary">Display text such as "USD 150,000–180,000 / year", or null.</param>
public sealed record AlertItem(
    long JobId, string Title, string Company, string? Location, double Score, IReadOnlyList<string> Reasons, string? JobUrl, string ViewUrl, string? Salary);

/// <summary>One message to one channel: one posting, or several batched (top N, with <paramref name="MoreCount"/> left out).</summary>
/// <param name="DeliveryId">
/// The same for every attempt to deliver the same alerts (a retry, or a resend after a crash), so receivers can drop
/// a duplicate; null for test messages.
/// </param>
public sealed record AlertMessage(string ChannelName, AlertMessageKind Kind, IReadOnlyList<AlertItem> Items, int MoreCount, string ProfileName, string? DeliveryId = null);

public enum SmtpSecurity
{
    /// <summary>STARTTLS when the server offers it.</summary>
    Auto,
    None,
    StartTls,
    SslOnConnect,
}

public sealed record SmtpSettings(string Host, int Port, string? UserName, string? Password, string From, IReadOnlyList<string> To, SmtpSecurity Security);

/// <summary>Where a channel delivers: a webhook URL (Slack, Discord, Teams, JSON webhook) or SMTP; the secret signs JSON webhooks.</summary>
public sealed record ChannelTarget(AlertChannelType Type, string? Url, string? Secret, SmtpSettings? Smtp);

public enum DeliveryOutcome
{
    Delivered,

    /// <summary>Try again later (5xx, 429, timeout, connection refused); <see cref="DeliveryResult.RetryAfter"/> when the receiver said when.</summary>
    RetryLater,

    /// <summary>Never retry by itself (4xx other than 408/429, bad address, authentication refused).</summary>
    Permanent,
}

/// <param name="Error">A readable reason without secrets (never the webhook URL or a password).</param>
public sealed record DeliveryResult(DeliveryOutcome Outcome, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static DeliveryResult Delivered { get; } = new(DeliveryOutcome.Delivered);
}

/// <summary>Delivers one message over one kind of channel. Implementations never throw for delivery failures: they answer a result.</summary>
public interface IAlertSender
{
    AlertChannelType Type { get; }

    Task<DeliveryResult> SendAsync(ChannelTarget target, AlertMessage message, CancellationToken cancellationToken);
}
