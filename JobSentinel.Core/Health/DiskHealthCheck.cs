using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Health;

/// <summary>
/// Free space on the data directory's disk (80 % degraded, 90 % unhealthy by default) and that it is writable:
/// a probe file is created and deleted, so a read-only mount or a full disk shows up before the app's own writes fail.
/// </summary>
public sealed class DiskHealthCheck(DataPaths paths, IOptionsMonitor<HealthOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    private readonly Lock _probeGate = new();
    private (DateTimeOffset At, string? Error)? _lastProbe;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var drive = new DriveInfo(paths.Root);
            var total = drive.TotalSize;
            var free = drive.AvailableFreeSpace;
            var usedPercent = total == 0 ? 100 : Math.Round(100.0 * (total - free) / total, 1);
            var data = new Dictionary<string, object>
            {
                ["path"] = paths.Root,
                ["totalBytes"] = total,
                ["freeBytes"] = free,
                ["usedPercent"] = usedPercent,
            };

            var settings = options.CurrentValue;
            var result = ProbeWritable() is { } error
                ? new HealthCheckResult(context.Registration.FailureStatus, error, data: data)
                : usedPercent >= settings.DiskUnhealthyPercent
                    ? new HealthCheckResult(context.Registration.FailureStatus, $"The disk is {usedPercent}% full (limit {settings.DiskUnhealthyPercent}%).", data: data)
                    : usedPercent >= settings.DiskDegradedPercent
                        ? HealthCheckResult.Degraded($"The disk is {usedPercent}% full (warning at {settings.DiskDegradedPercent}%).", data: data)
                        : HealthCheckResult.Healthy($"{usedPercent}% of the disk is used.", data);
            return Task.FromResult(result);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, $"The disk cannot be read: {ex.Message}"));
        }
    }

    // Writing a file on every health request would be I/O on a hot path: probe every few seconds.
    private string? ProbeWritable()
    {
        var now = timeProvider.GetUtcNow();
        lock (_probeGate)
        {
            if (_lastProbe is { } last && now - last.At < TimeSpan.FromSeconds(options.CurrentValue.WriteProbeSeconds))
            {
                return last.Error;
            }

            string? error = null;
            var probe = Path.Combine(paths.Root, ".health-probe");
            try
            {
                File.WriteAllText(probe, now.ToString("O"));
                File.Delete(probe);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error = WriteFailures.DataDirectory(ex, paths.Root);
                TryDelete(probe); // a full disk may have left it empty
            }

            _lastProbe = (now, error);
            return error;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
