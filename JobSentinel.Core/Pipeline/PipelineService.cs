using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Features;
using JobSentinel.Core.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Core.Pipeline;

/// <summary>
/// Application pipeline runs: recorded, then queued through the outbox (queued runs survive a restart); listing,
/// re-run (a new run for the same pair), reset of stuck runs, and dispatch of waiting runs when the kill switch
/// is lifted or a slot frees.
/// </summary>
public sealed partial class PipelineService
{
    public const string WorkKind = "pipeline.run";

    private readonly IDbContextFactory<JobSentinelDbContext> _contextFactory;
    private readonly WorkQueue _workQueue;
    private readonly FeatureFlags _flags;
    private readonly PipelineCapacity _capacity;
    private readonly JobSentinelMetrics _metrics;
    private readonly ILiveEventPublisher _live;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<PipelineService> _logger;

    public PipelineService(
        IDbContextFactory<JobSentinelDbContext> contextFactory,
        WorkQueue workQueue,
        FeatureFlags flags,
        PipelineCapacity capacity,
        JobSentinelMetrics metrics,
        ILiveEventPublisher live,
        TimeProvider timeProvider,
        ILogger<PipelineService> logger)
    {
        (_contextFactory, _workQueue, _flags, _capacity, _metrics, _live, _timeProvider, _logger) =
            (contextFactory, workQueue, flags, capacity, metrics, live, timeProvider, logger);

        // Lifting the kill switch dispatches what waited; the event comes from a request thread, the work does not.
        _flags.Changed += () => _ = Task.Run(() => DispatchWaitingSafelyAsync());
    }

    /// <summary>Payload of the outbox item that runs a pipeline run.</summary>
    public sealed record RunPayload(long RunId);

    public async Task<(PipelineRunView? Run, Dictionary<string, string[]> Errors)> CreateAsync(PipelineRunRequest request, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await context.Jobs.AnyAsync(j => j.Id == request.JobId, cancellationToken))
        {
            errors["jobId"] = [$"There is no posting with id {request.JobId}."];
        }

        if (!await context.Resumes.AnyAsync(r => r.Id == request.ResumeId, cancellationToken))
        {
            errors["resumeId"] = [$"There is no resume with id {request.ResumeId}."];
        }

        return errors.Count > 0 ? (null, errors) : (await QueueNewAsync(context, request.JobId!.Value, request.ResumeId!.Value, cancellationToken), errors);
    }

    /// <summary>One run; with <paramref name="trace"/> each step carries its input and output.</summary>
    public async Task<PipelineRunView?> GetAsync(long id, bool trace, CancellationToken cancellationToken)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var run = await context.PipelineRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return run is null ? null : (await ViewsAsync(context, [run], trace, cancellationToken))[0];
    }

    public async Task<PagedResult<PipelineRunView>> ListAsync(PipelineRunStatus? status, long? jobId, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var query = context.PipelineRuns.AsNoTracking()
            .Where(r => status == null || r.Status == status)
            .Where(r => jobId == null || r.JobId == jobId);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<PipelineRunView>(await ViewsAsync(context, rows, false, cancellationToken), total, page, pageSize);
    }

    /// <summary>
    /// A new run for the same job and resume (the old run and its documents stay as they are). Null when there is no
    /// such run; <c>Conflict</c> when it is still queued or processing.
    /// </summary>
    public async Task<(PipelineRunView? Run, bool Conflict)?> RerunAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var run = await context.PipelineRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null)
        {
            return null;
        }

        return run.Status is PipelineRunStatus.Queued or PipelineRunStatus.Processing
            ? (null, true)
            : (await QueueNewAsync(context, run.JobId, run.ResumeId, cancellationToken), false);
    }

    /// <summary>Fails the runs processing for longer than <paramref name="stuckAfter"/> (a hung or lost worker), with the reason; how many.</summary>
    public async Task<int> ResetStuckAsync(TimeSpan stuckAfter, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var before = now - stuckAfter;
        var reason = $"Stuck in processing for more than {stuckAfter.TotalMinutes:0} minutes: reset to failed.";
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var stuck = await context.PipelineRuns.Where(r => r.Status == PipelineRunStatus.Processing && r.StartedAt < before).ToListAsync(cancellationToken);
        if (stuck.Count == 0)
        {
            return 0;
        }

        var ids = stuck.Select(r => r.Id).ToList();
        var failed = await context.PipelineRuns.Where(r => ids.Contains(r.Id) && r.Status == PipelineRunStatus.Processing)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, PipelineRunStatus.Failed)
                .SetProperty(r => r.Error, reason)
                .SetProperty(r => r.FinishedAt, now), cancellationToken);
        await context.PipelineSteps.Where(s => ids.Contains(s.RunId) && (s.Status == PipelineStepStatus.Running || s.Status == PipelineStepStatus.Pending))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, x => x.Status == PipelineStepStatus.Running ? PipelineStepStatus.Failed : PipelineStepStatus.Skipped)
                .SetProperty(x => x.Error, x => x.Status == PipelineStepStatus.Running ? reason : null), cancellationToken);
        foreach (var run in stuck)
        {
            _metrics.CountPipelineRun("failed");
            Publish(run.Id, run.JobId, PipelineRunStatus.Failed, null, null, reason);
        }

        LogReset(_logger, failed, stuckAfter.TotalMinutes);
        return failed;
    }

    /// <summary>
    /// Runs left processing by a process that died (kill -9) go back to queued; then every queued run is dispatched.
    /// Call at startup under the instance lock, before the outbox is started.
    /// </summary>
    public async Task<int> ReturnInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.PipelineRuns.Where(r => r.Status == PipelineRunStatus.Processing)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, PipelineRunStatus.Queued).SetProperty(r => r.StartedAt, (DateTime?)null), cancellationToken);
    }

    /// <summary>
    /// Queues an outbox item for the oldest waiting runs, as many as there are free slots (none while the pipeline is
    /// paused). A run with two items is run once: the runner claims it. How many were queued.
    /// </summary>
    public async Task<int> DispatchWaitingAsync(CancellationToken cancellationToken)
    {
        if (await _flags.IsPausedAsync(KillSwitches.Pipeline, cancellationToken))
        {
            return 0;
        }

        var free = _capacity.Max - _capacity.Active;
        if (free <= 0)
        {
            return 0;
        }

        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        var waiting = await context.PipelineRuns.Where(r => r.Status == PipelineRunStatus.Queued).OrderBy(r => r.Id)
            .Select(r => r.Id).Take(free).ToListAsync(cancellationToken);
        foreach (var id in waiting)
        {
            await _workQueue.EnqueueAsync(WorkKind, new RunPayload(id), cancellationToken);
        }

        return waiting.Count;
    }

    public async Task<int> CountAsync(PipelineRunStatus status, CancellationToken cancellationToken)
    {
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.PipelineRuns.CountAsync(r => r.Status == status, cancellationToken);
    }

    /// <summary>Tells open pages about a change of a run or of one of its steps.</summary>
    public void Publish(long runId, long jobId, PipelineRunStatus status, string? step, PipelineStepStatus? stepStatus, string? error) =>
        _live.Publish(new PipelineRunChanged(runId, jobId, Camel(status), step, stepStatus is { } s ? Camel(s) : null, error));

    private async Task DispatchWaitingSafelyAsync()
    {
        try
        {
            await DispatchWaitingAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            LogDispatchFailed(_logger, ex);
        }
    }

    private async Task<PipelineRunView> QueueNewAsync(JobSentinelDbContext context, long jobId, long resumeId, CancellationToken cancellationToken)
    {
        var run = new PipelineRun
        {
            JobId = jobId,
            ResumeId = resumeId,
            Status = PipelineRunStatus.Queued,
            CreatedAt = _timeProvider.GetUtcNow().UtcDateTime,
        };
        await using (var transaction = await context.Database.BeginTransactionAsync(cancellationToken))
        {
            context.PipelineRuns.Add(run);
            await context.SaveChangesAsync(cancellationToken);
            context.PipelineSteps.AddRange(PipelineSteps.Names.Select((name, order) => new PipelineStep { RunId = run.Id, Order = order, Name = name }));
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        _metrics.CountPipelineRun("queued");
        await _workQueue.EnqueueAsync(WorkKind, new RunPayload(run.Id), cancellationToken);
        Publish(run.Id, jobId, PipelineRunStatus.Queued, null, null, null);
        return (await ViewsAsync(context, [run], false, cancellationToken))[0];
    }

    private static async Task<IReadOnlyList<PipelineRunView>> ViewsAsync(
        JobSentinelDbContext context, IReadOnlyList<PipelineRun> rows, bool trace, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var jobIds = rows.Select(r => r.JobId).Distinct().ToList();
        var resumeIds = rows.Select(r => r.ResumeId).Distinct().ToList();
        var jobs = await context.Jobs.Where(j => jobIds.Contains(j.Id)).Select(j => new { j.Id, j.Title, j.Company })
            .ToDictionaryAsync(j => j.Id, cancellationToken);
        var resumes = await context.Resumes.Where(r => resumeIds.Contains(r.Id)).Select(r => new { r.Id, Name = r.CandidateName ?? r.FileName })
            .ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var steps = (await context.PipelineSteps.AsNoTracking().Where(s => ids.Contains(s.RunId)).ToListAsync(cancellationToken))
            .OrderBy(s => s.Order).ToLookup(s => s.RunId);
        var documents = (await context.Documents.AsNoTracking().Where(d => d.RunId != null && ids.Contains(d.RunId.Value))
            .Select(d => new { d.Id, d.RunId, d.Kind, d.Title, d.Provider }).ToListAsync(cancellationToken))
            .OrderBy(d => d.Id).ToLookup(d => d.RunId!.Value);
        return [.. rows.Select(r =>
        {
            var job = jobs.GetValueOrDefault(r.JobId);
            return new PipelineRunView(
                r.Id, r.Status, r.JobId, r.ResumeId, job?.Title ?? "(deleted)", job?.Company, resumes.GetValueOrDefault(r.ResumeId) ?? "(deleted)",
                [.. steps[r.Id].Select(s => new PipelineStepView(s.Name, s.Status, s.DurationMs, s.Provider, s.Tokens, s.CostUsd, s.Error,
                    trace ? s.Input ?? "" : null, trace ? s.Output ?? "" : null))],
                [.. documents[r.Id].Select(d => new PipelineDocumentView(d.Id, d.Kind, d.Title, d.Provider))],
                r.CostUsd, r.Error, r.Attempts, r.CreatedAt, r.StartedAt, r.FinishedAt);
        })];
    }

    private static string Camel<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Reset {Count} pipeline run(s) stuck in processing for more than {Minutes} minutes to failed")]
    private static partial void LogReset(ILogger logger, int count, double minutes);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Error, Message = "Could not dispatch the waiting pipeline runs")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
