using JobSentinel.Core.Data;
using JobSentinel.Core.Live;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Sources;

/// <summary>
/// Fails scrape runs left "running" by a crashed or killed process (a CLI <c>scrape --once</c> killed mid-run has no
/// queue item to resume it), so the source is not blocked behind a run that will never finish.
/// </summary>
public sealed class StuckRunReset(IDbContextFactory<JobSentinelDbContext> contextFactory, ILiveEventPublisher live, TimeProvider timeProvider)
{
    /// <summary>The runs reset: id, source and minutes they had been running.</summary>
    public sealed record ResetRun(long Id, string Source, int Minutes);

    public async Task<IReadOnlyList<ResetRun>> ResetAsync(TimeSpan stuckAfter, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var before = now - stuckAfter;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stuck = await (from run in context.ScrapeRuns
                           join source in context.Sources on run.SourceId equals source.Id
                           where run.Status == ScrapeRunStatus.Running && run.StartedAt < before
                           select new { run, source.Name }).ToListAsync(cancellationToken);
        List<ResetRun> reset = [];
        foreach (var row in stuck)
        {
            var minutes = (int)(now - row.run.StartedAt!.Value).TotalMinutes;
            row.run.Status = ScrapeRunStatus.Failed;
            row.run.Error = $"reset: stuck for {minutes} min";
            row.run.FinishedAt = now;
            row.run.DurationMs = (long)(now - row.run.StartedAt.Value).TotalMilliseconds;
            reset.Add(new ResetRun(row.run.Id, row.Name, minutes));
        }

        await context.SaveChangesAsync(cancellationToken);
        foreach (var row in stuck)
        {
            live.Publish(new ScrapeRunChanged(row.run.Id, row.run.SourceId, row.Name, "failed", "failed",
                row.run.Requests, row.run.JobsFound, row.run.JobsNew, row.run.JobsUpdated, row.run.Error));
        }

        return reset;
    }
}
