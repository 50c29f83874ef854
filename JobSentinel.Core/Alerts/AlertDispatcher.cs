using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Live;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Alerts;

/// <summary>
/// Delivers the alert outbox: its own loop (not Hangfire retries, which poll every 15 s), woken by
/// <see cref="AlertSignal"/> the moment alerts are queued. Per channel it sends due immediate alerts
/// as one message (top N, the rest counted), the daily digest at its local time, and holds both
/// during quiet hours and snoozes. An alert is marked Sending before the call and Sent after the
/// 2xx; a crash in between sends it again at startup, so no alert is lost. 429 honours Retry-After,
/// other temporary failures back off exponentially, permanent ones (4xx) fail at once.
/// </summary>
public sealed partial class AlertDispatcher(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    AlertChannelService channels,
    MatchScorer scorer,
    JobSearch search,
    AlertSignal signal,
    JobSentinelMetrics metrics,
    ILiveEventPublisher live,
    IOptionsMonitor<AlertsOptions> options,
    Operations.MaintenanceMode maintenance,
    Features.FeatureFlags flags,
    TimeProvider timeProvider,
    ILogger<AlertDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resuming the 'alerts' kill switch (or any flag change) wakes the loop at once.
        flags.Changed += signal.Set;
        stoppingToken.Register(() => flags.Changed -= signal.Set);
        await RecoverAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan sleep;
            try
            {
                // Maintenance mode holds deliveries back (the alerts stay pending); turning it off wakes the loop.
                using var work = maintenance.TryBeginWork();
                var next = work is null ? null : await DispatchAsync(stoppingToken);
                var now = timeProvider.GetUtcNow().UtcDateTime;
                sleep = next is { } at && at - now < LongestSleep ? (at > now ? at - now : TimeSpan.Zero) : LongestSleep;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogLoopFailed(ex);
                sleep = TimeSpan.FromSeconds(5);
            }

            if (sleep > TimeSpan.Zero)
            {
                await signal.WaitAsync(sleep, stoppingToken);
            }
        }
    }

    /// <summary>Alerts left Sending by a crash go out again: at least once, never lost.</summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var recovered = await context.Alerts.Where(a => a.Status == AlertStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AlertStatus.Pending), cancellationToken);
        if (recovered > 0)
        {
            LogRecovered(recovered);
        }

        foreach (var channel in await context.AlertChannels.AsNoTracking().Select(c => c.Name).ToListAsync(cancellationToken))
        {
            metrics.TrackChannel(channel);
        }
    }

    /// <summary>One pass over every channel; answers when something next falls due (null: nothing waits).</summary>
    public async Task<DateTime?> DispatchAsync(CancellationToken cancellationToken)
    {
        if (await flags.IsPausedAsync(Features.KillSwitches.Alerts, cancellationToken))
        {
            // The kill switch holds every delivery: the alerts stay pending and go out once, when it is turned off.
            await PublishCountsAsync(cancellationToken);
            return timeProvider.GetUtcNow().UtcDateTime.AddSeconds(5);
        }

        List<AlertChannel> enabled;
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            enabled = await context.AlertChannels.AsNoTracking().Where(c => c.Enabled).ToListAsync(cancellationToken);
        }

        var nexts = await Task.WhenAll(enabled.Select(channel => DispatchAsync(channel, cancellationToken)));
        await PublishCountsAsync(cancellationToken);
        return nexts.Where(n => n is not null).Min();
    }

    private async Task<DateTime?> DispatchAsync(AlertChannel channel, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var zone = LocalTimes.FindZone(channel.TimeZone) ?? TimeZoneInfo.Utc;
        if (channel.SnoozedUntil is { } snoozed && snoozed > now)
        {
            return snoozed;
        }

        if (LocalTimes.QuietUntil(channel.QuietHours, zone, now) is { } quietEnd)
        {
            return quietEnd;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var due = await context.Alerts
            .Where(a => a.ChannelId == channel.Id && a.Status == AlertStatus.Pending && a.Kind == AlertKind.Immediate && (a.NextAttemptAt == null || a.NextAttemptAt <= now))
            .OrderByDescending(a => a.Score).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        if (due.Count > 0)
        {
            await SendAsync(context, channel, due, AlertMessageKind.Immediate, cancellationToken);
        }

        DateTime? nextDigest = null;
        if (channel.DigestEnabled && LocalTimes.TryParseTime(channel.DigestTime, out var digestTime)
            && await flags.IsEnabledAsync(Features.FeatureNames.Digest, AlertPlanner.DigestSubject(channel.Id), cancellationToken))
        {
            var since = channel.LastDigestAt ?? channel.CreatedAt;
            nextDigest = LocalTimes.NextDaily(digestTime, zone, since);
            if (nextDigest <= now)
            {
                var digest = await context.Alerts
                    .Where(a => a.ChannelId == channel.Id && a.Status == AlertStatus.Pending && a.Kind == AlertKind.Digest)
                    .OrderByDescending(a => a.Score).ThenBy(a => a.Id)
                    .ToListAsync(cancellationToken);
                var backingOff = digest.Where(a => a.NextAttemptAt > now).Select(a => a.NextAttemptAt).Min();
                if (backingOff is null && (digest.Count == 0 || await SendAsync(context, channel, digest, AlertMessageKind.Digest, cancellationToken)))
                {
                    await context.AlertChannels.Where(c => c.Id == channel.Id)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastDigestAt, now), cancellationToken);
                    nextDigest = LocalTimes.NextDaily(digestTime, zone, now);
                }
                else
                {
                    // A failed digest retries on its own back-off, not in a tight loop.
                    nextDigest = backingOff ?? digest.Select(a => a.NextAttemptAt).Min() ?? now.AddMinutes(1);
                }
            }
        }

        var nextRetry = await context.Alerts
            .Where(a => a.ChannelId == channel.Id && a.Status == AlertStatus.Pending && a.Kind == AlertKind.Immediate && a.NextAttemptAt != null)
            .MinAsync(a => a.NextAttemptAt, cancellationToken);
        return new[] { nextRetry, nextDigest }.Where(n => n is not null).Min();
    }

    /// <summary>Sends the alerts as one message; true when the channel took it.</summary>
    private async Task<bool> SendAsync(JobSentinelDbContext context, AlertChannel channel, List<Alert> alerts, AlertMessageKind kind, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        foreach (var alert in alerts)
        {
            alert.Status = AlertStatus.Sending;
        }

        await context.SaveChangesAsync(cancellationToken);

        // A posting deleted since its alert was queued (with its source) is neither listed nor counted: its alert fails.
        var jobIds = alerts.Select(a => a.JobId).ToList();
        var existing = (await context.Jobs.Where(j => jobIds.Contains(j.Id)).Select(j => j.Id).ToListAsync(cancellationToken)).ToHashSet();
        var live = alerts.Where(a => existing.Contains(a.JobId)).ToList();
        var listed = live.Take(kind == AlertMessageKind.Digest ? Math.Max(settings.BatchSize, 20) : settings.BatchSize).ToList();
        var message = await MessageAsync(channel, listed, live.Count - listed.Count, kind, settings.PublicUrl, cancellationToken) is { } built
            ? built with { DeliveryId = WebhookSignature.DeliveryIdOf(alerts.Select(a => a.Id)) }
            : null;
        DeliveryResult result;
        try
        {
            result = message is null
                ? new DeliveryResult(DeliveryOutcome.Permanent, "The postings of these alerts no longer exist.")
                : await channels.SendAsync(channel, message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            result = new DeliveryResult(DeliveryOutcome.RetryLater, $"Delivery failed unexpectedly: {ex.GetType().Name}.");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;

        // One retry time for the whole message, so that its alerts stay together as one message.
        var retryAt = now + (result.RetryAfter ?? Backoff(alerts.Max(a => a.Attempts) + 1, settings.MaxBackoffSeconds));
        foreach (var alert in alerts)
        {
            alert.Attempts++;
            if (!existing.Contains(alert.JobId))
            {
                alert.Status = AlertStatus.Failed;
                alert.LastError = "The posting no longer exists.";
                metrics.AlertsFailed.WithLabels(channel.Name).Inc();
                continue;
            }

            switch (result.Outcome)
            {
                case DeliveryOutcome.Delivered:
                    alert.Status = AlertStatus.Sent;
                    alert.SentAt = now;
                    alert.LastError = null;
                    metrics.AlertLatency.WithLabels(channel.Name).Observe(Math.Max(0, (now - alert.MatchedAt).TotalSeconds));
                    break;
                case DeliveryOutcome.RetryLater when alert.Attempts < settings.MaxAttempts:
                    alert.Status = AlertStatus.Pending;
                    alert.LastError = result.Error;
                    alert.NextAttemptAt = retryAt;
                    break;
                default:
                    alert.Status = AlertStatus.Failed;
                    alert.LastError = result.Outcome == DeliveryOutcome.RetryLater ? $"Gave up after {alert.Attempts} attempts: {result.Error}" : result.Error;
                    metrics.AlertsFailed.WithLabels(channel.Name).Inc();
                    break;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        var delivered = result.Outcome == DeliveryOutcome.Delivered;
        await context.AlertChannels.Where(c => c.Id == channel.Id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.LastDeliveredAt, c => delivered ? now : c.LastDeliveredAt)
            .SetProperty(c => c.LastError, c => delivered ? null : Truncate(result.Error)), cancellationToken);
        if (delivered)
        {
            LogDelivered(alerts.Count, channel.Name, kind);
        }
        else
        {
            LogNotDelivered(alerts.Count, channel.Name, result.Outcome, result.Error);
        }

        return delivered;
    }

    private async Task<AlertMessage?> MessageAsync(
        AlertChannel channel, List<Alert> alerts, int more, AlertMessageKind kind, string publicUrl, CancellationToken cancellationToken)
    {
        var ids = alerts.Select(a => a.JobId).ToList();
        var explained = await scorer.ExplainAsync(ids, cancellationToken);
        List<AlertItem> items = [];
        string? profileName = null;
        foreach (var alert in alerts)
        {
            if (await search.GetAsync(alert.JobId, cancellationToken) is not { } job)
            {
                continue;
            }

            var match = explained.TryGetValue(alert.JobId, out var scores) ? scores.Matches.FirstOrDefault(m => m.ProfileId == alert.ProfileId) : null;
            profileName ??= match?.ProfileName;
            items.Add(new AlertItem(job.Id, job.Title, job.Company, job.Location, alert.Score, match?.Result.Reasons ?? [],
                job.Url ?? job.ApplyUrl, $"{publicUrl.TrimEnd('/')}/jobs/{job.Id}", SalaryText(job)));
        }

        return items.Count == 0 ? null : new AlertMessage(channel.Name, kind, items, more, profileName ?? "Default");
    }

    private async Task PublishCountsAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var dayAgo = timeProvider.GetUtcNow().UtcDateTime.AddDays(-1);
        var pending = await context.Alerts.CountAsync(a => a.Status == AlertStatus.Pending || a.Status == AlertStatus.Sending, cancellationToken);
        var failed = await context.Alerts.CountAsync(a => a.Status == AlertStatus.Failed, cancellationToken);
        var sent = await context.Alerts.CountAsync(a => a.Status == AlertStatus.Sent && a.SentAt >= dayAgo, cancellationToken);
        metrics.AlertsPending.Set(pending);
        live.Publish(new AlertsChanged(pending, failed, sent));
    }

    // 1 s, 2 s, 4 s ... up to the cap, with up to 20 % jitter so that channels do not retry in step.
    private static TimeSpan Backoff(int attempts, int maxSeconds)
    {
        var seconds = Math.Min(maxSeconds, Math.Pow(2, Math.Min(attempts - 1, 20)));
        return TimeSpan.FromSeconds(seconds * (1 + (Random.Shared.NextDouble() * 0.2)));
    }

    private static string? SalaryText(JobView job) =>
        job.SalaryMin is null && job.SalaryMax is null ? null
            : $"{job.Currency} {string.Join("–", new[] { job.SalaryMin, job.SalaryMax }.OfType<double>().Distinct().Select(v => v.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)))}"
              + (job.SalaryPeriod is { } period ? $" / {period.ToString().ToLowerInvariant()}" : "");

    private static string? Truncate(string? error) => error is { Length: > 1000 } ? error[..1000] : error;

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} alert(s) to channel '{Channel}' ({Kind})")]
    private partial void LogDelivered(int count, string channel, AlertMessageKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel '{Channel}' did not take {Count} alert(s): {Outcome}: {Error}")]
    private partial void LogNotDelivered(int count, string channel, DeliveryOutcome outcome, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} alert(s) were being sent when the app stopped: they go out again")]
    private partial void LogRecovered(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The alert dispatcher failed; it tries again in 5 s")]
    private partial void LogLoopFailed(Exception exception);
}
