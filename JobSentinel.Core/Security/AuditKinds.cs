namespace JobSentinel.Core.Security;

/// <summary>The kinds of <see cref="AuditEvent"/> the app writes.</summary>
public static class AuditKinds
{
    public const string LoginSucceeded = "login.succeeded";
    public const string LoginFailed = "login.failed";
    public const string LoginRateLimited = "login.rateLimited";
    public const string Logout = "logout";
    public const string PasswordChanged = "password.changed";
    public const string PasswordChangeFailed = "password.changeFailed";
    public const string AdminCreated = "admin.created";
    public const string ApiKeyRejected = "apikey.rejected";
    public const string ApiKeyCreated = "apikey.created";
    public const string ApiKeyRevoked = "apikey.revoked";
    public const string SettingChanged = "setting.changed";
    public const string FeatureFlagChanged = "featureFlag.changed";
    public const string SourceCreated = "source.created";
    public const string SourceUpdated = "source.updated";
    public const string SourceDeleted = "source.deleted";
    public const string ProfileChanged = "profile.changed";
    public const string AlertChannelChanged = "alertChannel.changed";
    public const string BackupCreated = "backup.created";
    public const string BackupVerified = "backup.verified";
    public const string BackupDeleted = "backup.deleted";
    public const string BackupRestored = "backup.restored";
    public const string BackupRestoreFailed = "backup.restoreFailed";
    public const string MaintenanceEnabled = "maintenance.enabled";
    public const string MaintenanceDisabled = "maintenance.disabled";
    public const string SecurityRevokedAll = "security.revokedAll";
    public const string RateLimitExceeded = "ratelimit.exceeded";

    public const string DataExported = "data.exported";

    public const string DataImported = "data.imported";

    public static IReadOnlyList<string> All { get; } =
    [
        LoginSucceeded, LoginFailed, LoginRateLimited, Logout, PasswordChanged, PasswordChangeFailed,
        AdminCreated, ApiKeyRejected, ApiKeyCreated, ApiKeyRevoked, SettingChanged, SourceCreated, SourceUpdated, SourceDeleted,
        ProfileChanged, AlertChannelChanged, DataExported, DataImported, BackupCreated, BackupVerified, BackupDeleted, BackupRestored, BackupRestoreFailed,
        MaintenanceEnabled, MaintenanceDisabled,
        SecurityRevokedAll, RateLimitExceeded,
    ];
}
