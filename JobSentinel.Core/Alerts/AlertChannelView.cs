namespace JobSentinel.Core.Alerts;

/// <summary>SMTP settings as shown: the password masked.</summary>
public sealed record SmtpView(string Host, int Port, string? UserName, string? Password, string From, IReadOnlyList<string> To, string Security);

/// <summary>An alert channel in the SPEC's shape: url and secret are write-only and come back masked.</summary>
public sealed record AlertChannelView(
    int Id,
    string Name,
    string Type,
    string? Url,
    string? Secret,
    double? MinScore,
    int? ProfileId,
    bool Enabled,
    bool DigestEnabled,
    string DigestTime,
    string? QuietHours,
    string TimeZone,
    DateTime? SnoozedUntil,
    SmtpView? Smtp,
    DateTime? LastDeliveredAt,
    string? LastError,
    int Pending,
    int Failed);
