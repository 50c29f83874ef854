using JobSentinel.Core.Backups;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Settings;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Health;

/// <summary>
/// The age of the newest backup: degraded when it is older than <see cref="MaxAge"/> while backups are scheduled.
/// No backup yet, or scheduled backups turned off, is healthy (nothing is due; not configured). Degraded too when
/// the last automatic verification of the newest archive failed.
/// </summary>
public sealed class BackupsHealthCheck(
    BackupService backups, SettingsStore settings, IOptionsMonitor<BackupsOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(48);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (await settings.GetAsync<BackupVerification>(SettingKeys.LastBackupVerification, null, cancellationToken) is { Ok: false } failed
            && backups.PathOf(failed.Name) is not null)
        {
            return new HealthCheckResult(context.Registration.FailureStatus,
                $"The last verification of {failed.Name} failed: {string.Join(" ", failed.Problems)}", data: new Dictionary<string, object> { ["failedBackup"] = failed.Name });
        }

        return Check(context);
    }

    private HealthCheckResult Check(HealthCheckContext context)
    {
        var all = backups.List();
        var scheduled = !string.IsNullOrWhiteSpace(options.CurrentValue.Schedule);
        Dictionary<string, object> data = new() { ["count"] = all.Count, ["scheduled"] = scheduled };
        if (all.Count == 0)
        {
            return HealthCheckResult.Healthy(scheduled ? "No backup yet; the first scheduled one is due." : "Scheduled backups are off.", data);
        }

        var newest = all[0];
        var age = timeProvider.GetUtcNow().UtcDateTime - newest.CreatedAt;
        data["lastBackup"] = newest.Name;
        data["lastBackupAt"] = newest.CreatedAt;
        data["ageHours"] = Math.Round(age.TotalHours, 1);
        return scheduled && age > MaxAge
            ? new HealthCheckResult(context.Registration.FailureStatus, $"The last backup is {age.TotalHours:0} hours old (more than {MaxAge.TotalHours:0}).", data: data)
            : HealthCheckResult.Healthy($"Last backup {age.TotalHours:0.#} hours ago.", data);
    }
}
