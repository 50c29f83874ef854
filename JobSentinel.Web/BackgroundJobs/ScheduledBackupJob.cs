using Hangfire;
using JobSentinel.Core.Backups;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Security;
using JobSentinel.Core.Settings;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>
/// The automatic backup: an archive on <see cref="BackupsOptions.Schedule"/>, then the oldest beyond the retention
/// are deleted; and the weekly check of the newest archive, remembered for the <c>backups</c> health component.
/// </summary>
public sealed class ScheduledBackupJob(BackupService backups, AuditLog audit, SettingsStore settings, IOptionsMonitor<BackupsOptions> options)
{
    public const string Id = "backup-scheduled";
    public const string VerifyId = "backup-verify-weekly";
    public const string VerifySchedule = "0 4 * * 0";

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Scheduled backup")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backup = await backups.CreateAsync(cancellationToken);
        var pruned = backups.Prune(options.CurrentValue.Retention);
        await audit.WriteAsync(Endpoints.BackupsApi.CreatedEvent, "schedule", null, $"{backup.Name} ({pruned} old archive(s) deleted){(backup.CopyError is null ? "" : ". " + backup.CopyError)}", cancellationToken);
        if (pruned > 0)
        {
            await audit.WriteAsync(Core.Security.AuditKinds.BackupDeleted, "schedule", null, $"{pruned} archive(s) beyond the newest {options.CurrentValue.Retention} deleted", cancellationToken);
        }
    }

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Weekly verification of the newest backup")]
    public async Task VerifyNewestAsync(CancellationToken cancellationToken)
    {
        if (backups.List() is not [var newest, ..] || backups.PathOf(newest.Name) is not { } path)
        {
            return;
        }

        var result = await backups.VerifyAsync(path, cancellationToken);
        await settings.SetAsync(SettingKeys.LastBackupVerification, result, cancellationToken);
        await audit.WriteAsync(Endpoints.BackupsApi.VerifiedEvent, "schedule", null, result.Summary, cancellationToken);
    }
}
