using Hangfire;
using JobSentinel.Core.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>A Hangfire server is alive (recent heartbeat); reports queue lengths and failed jobs. Degraded in maintenance mode (work paused).</summary>
public sealed class HangfireHealthCheck(
    JobStorage storage, IOptionsMonitor<HealthOptions> options, Core.Operations.MaintenanceMode maintenance, TimeProvider timeProvider) : IHealthCheck
{
    private static readonly TimeSpan StaleHeartbeat = TimeSpan.FromMinutes(1);

    // A server announces itself just after the host starts: no server during the first seconds is not an outage.
    private static readonly DateTime ProcessStarted = System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var now = timeProvider.GetUtcNow().UtcDateTime;
            var servers = monitoring.Servers();
            var alive = servers.Count(s => s.Heartbeat is { } beat && now - beat < StaleHeartbeat);
            var statistics = monitoring.GetStatistics();
            var data = new Dictionary<string, object>
            {
                ["servers"] = alive,
                ["workers"] = servers.Sum(s => s.WorkersCount),
                ["enqueued"] = statistics.Enqueued,
                ["processing"] = statistics.Processing,
                ["scheduled"] = statistics.Scheduled,
                ["failedJobs"] = statistics.Failed,
                ["queues"] = monitoring.Queues().ToDictionary(q => q.Name, q => (object)q.Length),
            };
            if (maintenance.Current is { Enabled: true } state)
            {
                data["maintenance"] = true;
                return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus,
                    $"Maintenance mode since {state.Since:u} ({state.Reason}): background work is paused.", data: data));
            }

            return Task.FromResult(alive > 0
                ? HealthCheckResult.Healthy($"{alive} server(s), {statistics.Enqueued} job(s) waiting.", data)
                : now - ProcessStarted < TimeSpan.FromSeconds(options.CurrentValue.StartupGraceSeconds)
                    ? HealthCheckResult.Healthy("The Hangfire server is starting.", data)
                    : new HealthCheckResult(context.Registration.FailureStatus, "No Hangfire server is running: background work is not processed.", data: data));
        }
        catch (Exception ex)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, $"Hangfire storage cannot be read: {ex.Message}"));
        }
    }
}
