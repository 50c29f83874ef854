using JobSentinel.Core.Configuration;
using JobSentinel.Core.Live;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Observability;

/// <summary>
/// Runs the health checks in the background and publishes <see cref="HealthChanged"/> when any
/// component changes state, so the dashboard panel updates live without polling.
/// </summary>
public sealed partial class HealthMonitor(
    HealthCheckService healthChecks,
    ILiveEventPublisher live,
    IOptionsMonitor<HealthOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<HealthMonitor> logger) : BackgroundService
{
    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    /// <summary>The latest snapshot; null until the first check has run.</summary>
    public HealthChanged? Current { get; private set; }

    /// <summary>Runs every check now and publishes the result when it differs from the last one.</summary>
    public async Task<HealthChanged> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            var report = await healthChecks.CheckHealthAsync(cancellationToken);
            var snapshot = new HealthChanged(
                HealthReportJson.StatusName(report.Status),
                [.. report.Entries.Select(e => new ComponentHealth(
                    e.Key, HealthReportJson.StatusName(e.Value.Status), e.Value.Description, Math.Round(e.Value.Duration.TotalMilliseconds, 1)))])
            {
                At = timeProvider.GetUtcNow().UtcDateTime,
            };
            var previous = Current;
            Current = snapshot;
            if (previous is null || !SameStates(previous, snapshot))
            {
                LogHealthChanged(logger, snapshot.Status);
                live.Publish(snapshot);
            }

            return snapshot;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Checking before every hosted service (Hangfire's server among them) has started would report a false alarm.
        await WaitForStartAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromSeconds(options.CurrentValue.MonitorIntervalSeconds), timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogMonitorFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(options.CurrentValue.MonitorIntervalSeconds), timeProvider, stoppingToken);
            }
        }
    }

    private async Task WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    private static bool SameStates(HealthChanged a, HealthChanged b) =>
        a.Status == b.Status
        && a.Components.Count == b.Components.Count
        && a.Components.All(ca => b.Components.Any(cb => cb.Name == ca.Name && cb.Status == ca.Status && cb.Description == ca.Description));

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Service health is now {Status}")]
    private static partial void LogHealthChanged(ILogger logger, string status);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "The health monitor failed to run the checks")]
    private static partial void LogMonitorFailed(ILogger logger, Exception exception);
}
