using System.Diagnostics;
using JobSentinel.Core.Alerts;
using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Core.Diagnostics;

/// <summary>
/// Writes one <see cref="OpsSample"/> per minute while the service runs (the stored heartbeat the
/// availability SLO reads) and deletes samples older than <see cref="Retention"/> once an hour.
/// </summary>
public sealed partial class OpsRecorder(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    HttpMinuteAggregator http,
    JobSentinelMetrics metrics,
    IBackgroundQueueStats queue,
    OpsGauges gauges,
    TimeProvider timeProvider,
    ILogger<OpsRecorder> logger) : BackgroundService
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(35);

    private readonly Lock _gate = new();
    private double _rateLimitedSeen = RateLimited(metrics);
    private TimeSpan _cpuSeen = Process.GetCurrentProcess().TotalProcessorTime;
    private long _cpuSeenAt = Stopwatch.GetTimestamp();

    /// <summary>Start of the UTC minute holding <paramref name="time"/>.</summary>
    public static DateTime MinuteOf(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
    }

    /// <summary>
    /// Stores what was collected since the last flush as the sample of <paramref name="minute"/>. A row that
    /// already exists for that minute (a restart within the minute) is added to, never duplicated.
    /// </summary>
    public async Task FlushAsync(DateTime minute, CancellationToken cancellationToken)
    {
        var sample = await MeasureAsync(minute, cancellationToken);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await context.OpsSamples.SingleOrDefaultAsync(s => s.Minute == minute, cancellationToken);
        if (existing is null)
        {
            context.OpsSamples.Add(sample);
        }
        else
        {
            Merge(existing, sample);
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the samples older than <see cref="Retention"/>; how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow().UtcDateTime - Retention;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.OpsSamples.Where(s => s.Minute < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        gauges.Attach();
        await RunSafelyAsync(DeleteExpiredAsync, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = timeProvider.GetUtcNow();
            var next = MinuteOf(now).AddMinutes(1);
            try
            {
                await Task.Delay(next - now.UtcDateTime, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var minute = next.AddMinutes(-1);
            await RunSafelyAsync(token => FlushAsync(minute, token), stoppingToken);
            if (next.Minute == 0)
            {
                await RunSafelyAsync(DeleteExpiredAsync, stoppingToken);
            }
        }

        // The minute the service stops in was up too: store it so that it is not counted as downtime.
        await RunSafelyAsync(token => FlushAsync(MinuteOf(timeProvider.GetUtcNow()), token), CancellationToken.None);
    }

    private async Task<OpsSample> MeasureAsync(DateTime minute, CancellationToken cancellationToken)
    {
        var requests = http.Take();
        int evaluationsQueued, alertsPending;
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            evaluationsQueued = await context.Evaluations.CountAsync(e => e.Status == EvaluationStatus.Queued, cancellationToken);
            alertsPending = await context.Alerts.CountAsync(a => a.Status == AlertStatus.Pending || a.Status == AlertStatus.Sending, cancellationToken);
        }

        double rateLimited, cpuPercent;
        lock (_gate)
        {
            var rateLimitedNow = RateLimited(metrics);
            rateLimited = Math.Max(0, rateLimitedNow - _rateLimitedSeen);
            _rateLimitedSeen = rateLimitedNow;

            var cpuNow = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.GetElapsedTime(_cpuSeenAt);
            cpuPercent = wall <= TimeSpan.Zero ? 0 : 100.0 * (cpuNow - _cpuSeen).TotalMilliseconds / (wall.TotalMilliseconds * Environment.ProcessorCount);
            _cpuSeen = cpuNow;
            _cpuSeenAt = Stopwatch.GetTimestamp();
        }

        return new OpsSample
        {
            Minute = minute,
            Requests = requests.Requests,
            ServerErrors = requests.ServerErrors,
            ClientErrors = requests.ClientErrors,
            DurationMsSum = Math.Round(requests.DurationMsSum, 2),
            P50Ms = requests.Percentile(0.50),
            P95Ms = requests.Percentile(0.95),
            P99Ms = requests.Percentile(0.99),
            ApiRequests = requests.ApiRequests,
            ApiSlowRequests = requests.ApiSlowRequests,
            RateLimited = (int)rateLimited,
            WorkingSetMb = Math.Round(Environment.WorkingSet / 1024.0 / 1024.0, 1),
            CpuPercent = Math.Round(Math.Clamp(cpuPercent, 0, 100), 1),
            EvaluationsQueued = evaluationsQueued,
            AlertsPending = alertsPending,
            HangfireEnqueued = queue.Read().Enqueued,
            Users = requests.Users.Count == 0 ? null : Truncate(string.Join(',', requests.Users.Order(StringComparer.Ordinal))),
        };
    }

    private static void Merge(OpsSample into, OpsSample more)
    {
        into.Requests += more.Requests;
        into.ServerErrors += more.ServerErrors;
        into.ClientErrors += more.ClientErrors;
        into.DurationMsSum += more.DurationMsSum;
        into.P50Ms = Max(into.P50Ms, more.P50Ms);
        into.P95Ms = Max(into.P95Ms, more.P95Ms);
        into.P99Ms = Max(into.P99Ms, more.P99Ms);
        into.ApiRequests += more.ApiRequests;
        into.ApiSlowRequests += more.ApiSlowRequests;
        into.RateLimited += more.RateLimited;
        into.WorkingSetMb = more.WorkingSetMb;
        into.CpuPercent = more.CpuPercent;
        into.EvaluationsQueued = more.EvaluationsQueued;
        into.AlertsPending = more.AlertsPending;
        into.HangfireEnqueued = more.HangfireEnqueued ?? into.HangfireEnqueued;
        var users = (into.Users ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Union((more.Users ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        into.Users = users.Count == 0 ? null : Truncate(string.Join(',', users));
    }

    private static double? Max(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    // A handful of keys and admins in practice; the cap only guards the column.
    private static string Truncate(string users) =>
        users.Length <= OpsSample.UsersMaxLength ? users : users[..users.LastIndexOf(',', OpsSample.UsersMaxLength)];

    private static double RateLimited(JobSentinelMetrics metrics) =>
        JobSentinelMetrics.RateLimitPolicies.Sum(policy => metrics.RateLimitRejections.WithLabels(policy).Value);

    private async Task RunSafelyAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await work(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogRecordFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Could not store the operational sample")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception);
}
