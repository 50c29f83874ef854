using JobSentinel.Core.Data;

namespace JobSentinel.Core.Diagnostics;

/// <summary>
/// Sets the gauges that are read from elsewhere (job server, disk) just before each collection of
/// <c>/metrics</c>, so that Prometheus sees current values without a polling loop of our own.
/// </summary>
public sealed class OpsGauges(JobSentinelMetrics metrics, IBackgroundQueueStats queue, DataPaths paths)
{
    private int _attached;

    /// <summary>Registers the refresh with the metrics registry once; later calls do nothing.</summary>
    public void Attach()
    {
        if (Interlocked.Exchange(ref _attached, 1) == 0)
        {
            metrics.Registry.AddBeforeCollectCallback(Refresh);
        }
    }

    public void Refresh()
    {
        var snapshot = queue.Read();
        if (snapshot.Servers is { } servers)
        {
            metrics.HangfireServers.Set(servers);
        }

        if (snapshot.Enqueued is { } enqueued)
        {
            metrics.HangfireJobsEnqueued.Set(enqueued);
        }

        if (DiskUsedPercent(paths.Root) is { } used)
        {
            metrics.DiskUsedPercent.Set(used);
        }
    }

    /// <summary>Used space of the disk holding <paramref name="path"/>; null when it cannot be read.</summary>
    public static double? DiskUsedPercent(string path)
    {
        try
        {
            var drive = new DriveInfo(path);
            return drive.TotalSize == 0 ? null : Math.Round(100.0 * (drive.TotalSize - drive.AvailableFreeSpace) / drive.TotalSize, 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
