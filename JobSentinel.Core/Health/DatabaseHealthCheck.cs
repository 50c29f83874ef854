using System.Diagnostics;
using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobSentinel.Core.Health;

/// <summary>The database answers a query; reports its latency and the sizes of the file and its WAL.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<JobSentinelDbContext> contextFactory, DataPaths paths) : IHealthCheck
{
    private static readonly TimeSpan SlowQuery = TimeSpan.FromMilliseconds(500);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SELECT 1;", cancellationToken);
            watch.Stop();
            var data = new Dictionary<string, object>
            {
                ["provider"] = "sqlite",
                ["latencyMs"] = Math.Round(watch.Elapsed.TotalMilliseconds, 2),
                ["sizeBytes"] = FileSize(paths.Database),
                ["walSizeBytes"] = FileSize(paths.Database + "-wal"),
            };
            return watch.Elapsed > SlowQuery
                ? HealthCheckResult.Degraded($"The database answered slowly ({watch.Elapsed.TotalMilliseconds:F0} ms).", data: data)
                : HealthCheckResult.Healthy("The database answers queries.", data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The database cannot be queried: {ex.Message}");
        }
    }

    private static long FileSize(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
