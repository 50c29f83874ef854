using Hangfire;
using JobSentinel.Core.Diagnostics;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>Live Hangfire servers (heartbeat within a minute) and enqueued jobs, for the gauges and the samples.</summary>
public sealed class HangfireQueueStats(JobStorage storage, TimeProvider timeProvider) : IBackgroundQueueStats
{
    private static readonly TimeSpan StaleHeartbeat = TimeSpan.FromMinutes(1);

    public BackgroundQueueSnapshot Read()
    {
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var now = timeProvider.GetUtcNow().UtcDateTime;
            var servers = monitoring.Servers().Count(s => s.Heartbeat is { } beat && now - beat < StaleHeartbeat);
            return new BackgroundQueueSnapshot(servers, (int)monitoring.GetStatistics().Enqueued);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The storage is unreadable: report nothing rather than a false zero.
            return BackgroundQueueSnapshot.Unknown;
        }
    }
}
