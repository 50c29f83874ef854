using JobSentinel.Core.Alerts;
using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobSentinel.Core.Health;

/// <summary>
/// Degraded when deliveries fail (alerts failed for good, or retrying) or when the oldest alert due
/// now has waited more than 60 s. Alerts held by quiet hours, a snooze or the digest do not count.
/// Cached for two seconds: /health may be polled a thousand times a second.
/// </summary>
public sealed class AlertsHealthCheck(IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider) : IHealthCheck
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset At, HealthCheckResult Result)? _cached;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_cached is { } hit && timeProvider.GetUtcNow() - hit.At < CacheFor)
        {
            return hit.Result;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } fresh && timeProvider.GetUtcNow() - fresh.At < CacheFor)
            {
                return fresh.Result;
            }

            var result = await EvaluateAsync(context.Registration.FailureStatus, cancellationToken);
            _cached = (timeProvider.GetUtcNow(), result);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<HealthCheckResult> EvaluateAsync(HealthStatus failureStatus, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var failed = await db.Alerts.CountAsync(a => a.Status == AlertStatus.Failed, cancellationToken);
        var retrying = await db.Alerts.CountAsync(a => a.Status == AlertStatus.Pending && a.Attempts > 0, cancellationToken);
        var pending = await db.Alerts.CountAsync(a => a.Status == AlertStatus.Pending || a.Status == AlertStatus.Sending, cancellationToken);

        DateTime? oldestDue = null;
        foreach (var channel in await db.AlertChannels.AsNoTracking().Where(c => c.Enabled).ToListAsync(cancellationToken))
        {
            var zone = LocalTimes.FindZone(channel.TimeZone) ?? TimeZoneInfo.Utc;
            if (channel.SnoozedUntil > now || LocalTimes.QuietUntil(channel.QuietHours, zone, now) is not null)
            {
                continue;
            }

            var oldest = await db.Alerts
                .Where(a => a.ChannelId == channel.Id && a.Kind == AlertKind.Immediate && (a.Status == AlertStatus.Pending || a.Status == AlertStatus.Sending)
                    && (a.NextAttemptAt == null || a.NextAttemptAt <= now))
                .MinAsync(a => (DateTime?)a.CreatedAt, cancellationToken);
            oldestDue = oldest < oldestDue || oldestDue is null ? oldest : oldestDue;
        }

        var waited = oldestDue is { } at ? now - at : TimeSpan.Zero;
        var data = new Dictionary<string, object>
        {
            ["pending"] = pending,
            ["failed"] = failed,
            ["retrying"] = retrying,
            ["oldestDueSeconds"] = Math.Round(waited.TotalSeconds, 1),
        };
        List<string> problems = [];
        if (failed > 0)
        {
            problems.Add($"{failed} alert(s) failed: retry them on the Alerts page");
        }

        if (retrying > 0)
        {
            problems.Add($"{retrying} alert(s) are being retried after delivery errors");
        }

        if (waited > MaxWait)
        {
            problems.Add($"the oldest alert due has waited {waited.TotalSeconds:F0} s");
        }

        return problems.Count == 0
            ? HealthCheckResult.Healthy(pending == 0 ? "No alerts are waiting." : $"{pending} alert(s) waiting (quiet hours, snooze or digest).", data)
            : new HealthCheckResult(failureStatus, string.Join("; ", problems) + ".", data: data);
    }
}
