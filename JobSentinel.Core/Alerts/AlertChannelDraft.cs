namespace JobSentinel.Core.Alerts;

/// <summary>SMTP settings as the API takes them; a password of "********" keeps the stored one.</summary>
public sealed record SmtpDraft(string? Host, int? Port, string? UserName, string? Password, string? From, List<string>? To, string? Security);

/// <summary>
/// An alert channel as the API and the Alerts page send it. On update, fields left out keep their
/// value, and the masked URL, secret or password sent back keep the stored ones.
/// </summary>
public sealed record AlertChannelDraft
{
    public string? Name { get; init; }

    /// <summary>slack, webhook, email, discord or teams.</summary>
    public string? Type { get; init; }

    public string? Url { get; init; }

    public string? Secret { get; init; }

    /// <summary>0 to 1; a negative value clears it (the profile's immediate threshold applies).</summary>
    public double? MinScore { get; init; }

    /// <summary>A profile id; 0 clears it (the posting's best profile applies).</summary>
    public int? ProfileId { get; init; }

    public bool? Enabled { get; init; }

    public bool? DigestEnabled { get; init; }

    public string? DigestTime { get; init; }

    /// <summary>"22:00-07:00"; an empty string clears it.</summary>
    public string? QuietHours { get; init; }

    public string? TimeZone { get; init; }

    public SmtpDraft? Smtp { get; init; }
}
