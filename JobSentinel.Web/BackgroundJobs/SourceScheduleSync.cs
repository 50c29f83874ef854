using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Sources;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>
/// Hangfire's in-memory storage forgets recurring jobs at a restart: every source's schedule is
/// registered again from the sources table at startup (and its metric series pre-created).
/// </summary>
public sealed class SourceScheduleSync(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    ISourceScheduler scheduler,
    JobSentinelMetrics metrics)
{
    public async Task SyncAllAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        foreach (var source in await context.Sources.AsNoTracking().Where(s => s.Type != SourceType.Manual).ToListAsync(cancellationToken))
        {
            metrics.TrackSource(source.Name);
            metrics.SetCircuit(source.Name, source.CircuitState);
            scheduler.Schedule(source);
        }
    }
}
