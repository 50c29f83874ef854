using JobSentinel.Core.Alerts;
using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Backups;
using JobSentinel.Core.Data;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Security;
using JobSentinel.Web.BackgroundJobs;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Web.Hosting;

/// <summary>
/// Maintenance mode switched from the API or the UI (audited; turning it off dispatches the work it held back), and
/// the restore of a backup by the running server, allowed only in maintenance mode: running background work drains,
/// then <see cref="BackupRestorer"/> verifies the archive, sets the current data aside and puts the backup in place
/// (this process holds the instance lock already), pending migrations are applied and the startup bookkeeping runs
/// again on the restored data.
/// </summary>
public sealed partial class MaintenanceControl(
    MaintenanceMode maintenance,
    AuditLog audit,
    WorkQueue workQueue,
    AlertSignal alertSignal,
    BackupService backups,
    BackupRestorer restorer,
    DatabaseMigrator migrator,
    StoredWorkRecovery recovery,
    AlertDispatcher alerts,
    ILogger<MaintenanceControl> logger)
{
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);

    public const string KeysNote = "The backup's data-protection keys are in place but take effect at the next start of the app; until then the keys loaded at startup stay in use.";

    private readonly SemaphoreSlim _restoring = new(1, 1);

    public enum RestoreStatus
    {
        Restored,
        NotInMaintenance,
        NotFound,
        Busy,
        Invalid,
    }

    /// <summary>What a restore did: the archive's check, where the replaced data went, the migrations applied since.</summary>
    public sealed record RestoreOutcome(
        RestoreStatus Status, string Message, BackupVerification? Verification = null, string? SetAsideIn = null, IReadOnlyList<string>? MigrationsApplied = null);

    public async Task<MaintenanceState> SetAsync(bool enabled, string? reason, string? by, string? address, CancellationToken cancellationToken)
    {
        var wasEnabled = maintenance.IsEnabled;
        var state = maintenance.Set(enabled, reason, by);
        if (enabled)
        {
            await audit.WriteAsync(AuditKinds.MaintenanceEnabled, by, address, state.Reason, cancellationToken);
            LogEnabled(logger, state.Reason ?? "");
        }
        else if (wasEnabled)
        {
            await audit.WriteAsync(AuditKinds.MaintenanceDisabled, by, address, null, cancellationToken);
            var dispatched = await workQueue.DispatchQueuedAsync(cancellationToken);
            alertSignal.Set();
            LogDisabled(logger, dispatched);
        }

        return state;
    }

    public async Task<RestoreOutcome> RestoreAsync(string name, string? by, string? address, CancellationToken cancellationToken)
    {
        if (!maintenance.IsEnabled)
        {
            return new RestoreOutcome(RestoreStatus.NotInMaintenance, "Restoring replaces the data the app is serving: turn on maintenance mode first.");
        }

        if (backups.PathOf(name) is not { } path)
        {
            return new RestoreOutcome(RestoreStatus.NotFound, $"There is no backup named '{name}'.");
        }

        if (!await _restoring.WaitAsync(0, cancellationToken))
        {
            return new RestoreOutcome(RestoreStatus.Busy, "Another restore is running.");
        }

        try
        {
            if (!await maintenance.WaitForIdleAsync(DrainTimeout, cancellationToken))
            {
                return new RestoreOutcome(RestoreStatus.Busy,
                    $"{maintenance.Running} background job(s) still running after {DrainTimeout.TotalSeconds:0} s; nothing was changed. Try again when they finish.");
            }

            SqliteConnection.ClearAllPools();
            var result = await restorer.RestoreAsync(path, CancellationToken.None);
            // The restorer verifies the archive before it moves anything: a bad one changes nothing.
            var verification = result.Verification;
            if (result.SetAsideIn is not { } aside)
            {
                await audit.WriteAsync(AuditKinds.BackupRestoreFailed, by, address, verification.Summary, CancellationToken.None);
                return new RestoreOutcome(RestoreStatus.Invalid,
                    $"{name} failed verification; nothing was changed. {string.Join(" ", verification.Problems)}", verification);
            }

            SqliteConnection.ClearAllPools();
            await migrator.PrepareAsync(CancellationToken.None);
            var migrations = await migrator.MigrateAsync(null, CancellationToken.None);

            // What a start does with the data it finds (queued work is dispatched when maintenance mode ends),
            // plus the alerts caught mid-send, which the alert loop recovers when it starts.
            await recovery.RunAsync("restore", CancellationToken.None);
            await alerts.RecoverAsync(CancellationToken.None);

            await audit.WriteAsync(AuditKinds.BackupRestored, by, address, $"{name} restored; the replaced data is in {aside}", CancellationToken.None);
            LogRestored(logger, name, aside, migrations.Count);
            return new RestoreOutcome(RestoreStatus.Restored,
                $"{name} restored; the replaced database, uploads and keys are in {aside}. {KeysNote}", verification, aside, migrations);
        }
        finally
        {
            _restoring.Release();
        }
    }

    [LoggerMessage(EventId = 6210, Level = LogLevel.Warning, Message = "Maintenance mode on: {Reason}")]
    private static partial void LogEnabled(ILogger logger, string reason);

    [LoggerMessage(EventId = 6211, Level = LogLevel.Information, Message = "Maintenance mode off; {Count} queued work item(s) dispatched")]
    private static partial void LogDisabled(ILogger logger, int count);

    [LoggerMessage(EventId = 6212, Level = LogLevel.Warning, Message = "Backup {Name} restored by the running server; the replaced data is in {Aside} ({Migrations} migration(s) applied)")]
    private static partial void LogRestored(ILogger logger, string name, string aside, int migrations);
}
