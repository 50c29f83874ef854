using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Data;
using JobSentinel.Core.Live;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Sources;

/// <summary>Starts runs (recorded, then queued through the outbox) and reads them back.</summary>
public sealed class ScrapeRunService(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    WorkQueue workQueue,
    ILiveEventPublisher live,
    TimeProvider timeProvider)
{
    public const string WorkKind = "scrape.run";
    public const string ManualTrigger = "manual";
    public const string ScheduleTrigger = "schedule";
    public const string CliTrigger = "cli";

    /// <summary>Payload of the outbox item that runs a scrape.</summary>
    public sealed record RunPayload(long RunId);

    /// <summary>
    /// Records a queued run and hands it to the background workers. A run already waiting or running
    /// for the source is returned instead of starting a second one.
    /// </summary>
    public async Task<StartRunResult> StartAsync(int sourceId, string trigger, CancellationToken cancellationToken)
    {
        var (run, result) = await RecordAsync(sourceId, trigger, cancellationToken);
        if (run is not null)
        {
            await workQueue.EnqueueAsync(WorkKind, new RunPayload(run.Id), cancellationToken);
        }

        return result;
    }

    /// <summary>Records a run that the caller executes itself (the CLI's <c>scrape --once</c>).</summary>
    public async Task<(ScrapeRun? Run, StartRunResult Result)> RecordAsync(int sourceId, string trigger, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var source = await context.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (source is null || source.Type == SourceType.Manual)
        {
            return (null, new StartRunResult(null, null, NotFound: true));
        }

        var active = await context.ScrapeRuns.AsNoTracking()
            .Where(r => r.SourceId == sourceId && (r.Status == ScrapeRunStatus.Queued || r.Status == ScrapeRunStatus.Running))
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (active is not null)
        {
            return (null, new StartRunResult(ScrapeRunView.From(active, source.Name), null));
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (SourceCatalog.Get(source.Type).MaxRunsPerDay is { } allowed)
        {
            var since = now.AddDays(-1);
            var recent = await context.ScrapeRuns.AsNoTracking()
                .Where(r => r.SourceId == sourceId && r.CreatedAt >= since)
                .OrderBy(r => r.CreatedAt)
                .Select(r => r.CreatedAt)
                .ToListAsync(cancellationToken);
            if (recent.Count >= allowed)
            {
                var retryAt = recent[^allowed].AddDays(1);
                return (null, new StartRunResult(null,
                    $"{SourceCatalog.Get(source.Type).DisplayName} allows at most {allowed} calls a day; the next run is possible at {retryAt:u}.",
                    RetryAt: retryAt));
            }
        }

        var run = new ScrapeRun { SourceId = sourceId, Status = ScrapeRunStatus.Queued, Trigger = trigger, CreatedAt = now };
        context.ScrapeRuns.Add(run);
        await context.SaveChangesAsync(cancellationToken);
        live.Publish(new ScrapeRunChanged(run.Id, sourceId, source.Name, "queued", "queued", 0, 0, 0, 0, null));
        return (run, new StartRunResult(ScrapeRunView.From(run, source.Name), null));
    }

    public async Task<ScrapeRunView?> GetAsync(long runId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await (from run in context.ScrapeRuns.AsNoTracking()
                         join source in context.Sources on run.SourceId equals source.Id
                         where run.Id == runId
                         select new { run, source.Name }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : ScrapeRunView.From(row.run, row.Name);
    }

    public async Task<Data.PagedResult<ScrapeRunView>> ListAsync(int? sourceId, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = from run in context.ScrapeRuns.AsNoTracking()
                    join source in context.Sources on run.SourceId equals source.Id
                    where sourceId == null || run.SourceId == sourceId
                    select new { run, source.Name };
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.run.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Data.PagedResult<ScrapeRunView>([.. rows.Select(r => ScrapeRunView.From(r.run, r.Name))], total, page, pageSize);
    }
}
