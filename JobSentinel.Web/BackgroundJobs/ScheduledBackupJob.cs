using Hangfire;
using JobSentinel.Core.Backups;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Security;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>The automatic backup: an archive on <see cref="BackupsOptions.Schedule"/>, then the oldest beyond the retention are deleted.</summary>
public sealed class ScheduledBackupJob(BackupService backups, AuditLog audit, IOptionsMonitor<BackupsOptions> options)
{
    public const string Id = "backup-scheduled";

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Scheduled backup")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backup = await backups.CreateAsync(cancellationToken);
        var pruned = backups.Prune(options.CurrentValue.Retention);
        await audit.WriteAsync(Endpoints.BackupsApi.CreatedEvent, "schedule", null, $"{backup.Name} ({pruned} old archive(s) deleted){(backup.CopyError is null ? "" : ". " + backup.CopyError)}", cancellationToken);
    }
}
