using System.Diagnostics;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Health;

/// <summary>
/// The database answers a query and takes the write lock (<c>BEGIN IMMEDIATE; ROLLBACK</c>, nothing written);
/// reports its latency and the sizes of the file and its WAL.
/// </summary>
public sealed class DatabaseHealthCheck(
    IDbContextFactory<JobSentinelDbContext> contextFactory, DataPaths paths, IOptionsMonitor<HealthOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    private static readonly TimeSpan SlowQuery = TimeSpan.FromMilliseconds(500);

    // A long bulk ingest holds the write lock: the probe waits this long, then counts the database as busy, not broken.
    private static readonly int WriteLockWaitSeconds = 2;
    private readonly SemaphoreSlim _probeGate = new(1, 1);
    private (DateTimeOffset At, string? Error)? _lastProbe;

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
            if (await ProbeWritableAsync(db, cancellationToken) is { } error)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, error, data: data);
            }

            return watch.Elapsed > SlowQuery
                ? HealthCheckResult.Degraded($"The database answered slowly ({watch.Elapsed.TotalMilliseconds:F0} ms).", data: data)
                : HealthCheckResult.Healthy("The database answers queries and takes writes.", data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The database cannot be queried: {ex.Message}");
        }
    }

    // Taking the write lock on every /health request would compete with real writes: probe every few seconds.
    private async Task<string?> ProbeWritableAsync(JobSentinelDbContext db, CancellationToken cancellationToken)
    {
        await _probeGate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            if (_lastProbe is { } last && now - last.At < TimeSpan.FromSeconds(options.CurrentValue.WriteProbeSeconds))
            {
                return last.Error;
            }

            string? error = null;
            db.Database.SetCommandTimeout(WriteLockWaitSeconds);
            try
            {
                await db.Database.ExecuteSqlRawAsync("BEGIN IMMEDIATE; ROLLBACK;", cancellationToken);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
            {
                // SQLITE_BUSY / SQLITE_LOCKED: a writer holds the lock, so the database does take writes.
                await TryRollbackAsync(db);
            }
            catch (SqliteException ex)
            {
                error = WriteFailures.Database(ex, paths.Database);
                await TryRollbackAsync(db);
            }

            _lastProbe = (now, error);
            return error;
        }
        finally
        {
            _probeGate.Release();
        }
    }

    private static async Task TryRollbackAsync(JobSentinelDbContext db)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("ROLLBACK;", CancellationToken.None);
        }
        catch (SqliteException)
        {
            // No transaction was open.
        }
    }

    private static long FileSize(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
