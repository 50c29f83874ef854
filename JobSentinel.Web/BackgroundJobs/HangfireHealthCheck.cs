using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>A Hangfire server is alive (recent heartbeat); reports queue lengths and failed jobs.</summary>
public sealed class HangfireHealthCheck(JobStorage storage, TimeProvider timeProvider) : IHealthCheck
{
    private static readonly TimeSpan StaleHeartbeat = TimeSpan.FromMinutes(1);

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
            return Task.FromResult(alive == 0
                ? new HealthCheckResult(context.Registration.FailureStatus, "No Hangfire server is running: background work is not processed.", data: data)
                : HealthCheckResult.Healthy($"{alive} server(s), {statistics.Enqueued} job(s) waiting.", data));
        }
        catch (Exception ex)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, $"Hangfire storage cannot be read: {ex.Message}"));
        }
    }
}
