using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Live;
using JobSentinel.Core.Resumes;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Evaluations;

/// <summary>
/// Background evaluations: recorded first, then queued through the outbox (so queued work survives a restart);
/// retry, retry of every failed one, purge of the queue, and reset of evaluations stuck in processing.
/// </summary>
public sealed class EvaluationService(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    WorkQueue workQueue,
    JobSentinelMetrics metrics,
    ILiveEventPublisher live,
    TimeProvider timeProvider)
{
    public const string WorkKind = "evaluation.run";

    /// <summary>Payload of the outbox item that runs an evaluation.</summary>
    public sealed record RunPayload(long EvaluationId);

    /// <summary>Records and queues an evaluation; field errors when the request or what it points at is invalid.</summary>
    public async Task<(EvaluationView? Evaluation, Dictionary<string, string[]> Errors)> CreateAsync(EvaluationRequest request, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await context.Resumes.AnyAsync(r => r.Id == request.ResumeId, cancellationToken))
        {
            errors["resumeId"] = [$"There is no resume with id {request.ResumeId}."];
        }

        if (request.JobId is { } jobId && !await context.Jobs.AnyAsync(j => j.Id == jobId, cancellationToken))
        {
            errors["jobId"] = [$"There is no posting with id {jobId}."];
        }

        if (request.JobDescriptionId is { } descriptionId && !await context.JobDescriptionDocuments.AnyAsync(d => d.Id == descriptionId, cancellationToken))
        {
            errors["jobDescriptionId"] = [$"There is no job description with id {descriptionId}."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var evaluation = new Evaluation
        {
            ResumeId = request.ResumeId!.Value,
            JobId = request.JobId,
            JobDescriptionId = request.JobDescriptionId,
            Status = EvaluationStatus.Queued,
            CreatedAt = timeProvider.GetUtcNow().UtcDateTime,
        };
        context.Evaluations.Add(evaluation);
        await context.SaveChangesAsync(cancellationToken);
        await QueueAsync([evaluation.Id], cancellationToken);
        return ((await ViewsAsync(context, [evaluation], cancellationToken))[0], errors);
    }

    public async Task<EvaluationView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var evaluation = await context.Evaluations.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return evaluation is null ? null : (await ViewsAsync(context, [evaluation], cancellationToken))[0];
    }

    public async Task<PagedResult<EvaluationView>> ListAsync(
        EvaluationStatus? status, long? resumeId, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = context.Evaluations.AsNoTracking()
            .Where(e => status == null || e.Status == status)
            .Where(e => resumeId == null || e.ResumeId == resumeId);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<EvaluationView>(await ViewsAsync(context, rows, cancellationToken), total, page, pageSize);
    }

    /// <summary>How many evaluations are in each status (statuses without any are absent).</summary>
    public async Task<Dictionary<EvaluationStatus, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Evaluations.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    /// <summary>Queues a failed evaluation again: null when it has not failed, false when there is no such evaluation.</summary>
    public async Task<bool?> RetryAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var status = await context.Evaluations.Where(e => e.Id == id).Select(e => (EvaluationStatus?)e.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return false;
        }

        return await RequeueAsync(context, context.Evaluations.Where(e => e.Id == id && e.Status == EvaluationStatus.Failed), cancellationToken) == 1 ? true : null;
    }

    /// <summary>Queues every failed evaluation again; how many.</summary>
    public async Task<int> RetryFailedAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await RequeueAsync(context, context.Evaluations.Where(e => e.Status == EvaluationStatus.Failed), cancellationToken);
    }

    /// <summary>Queues again the evaluations processing for longer than <paramref name="stuckAfter"/> (a hung or lost worker); how many.</summary>
    public async Task<int> ResetStuckAsync(TimeSpan stuckAfter, CancellationToken cancellationToken)
    {
        var before = timeProvider.GetUtcNow().UtcDateTime - stuckAfter;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await RequeueAsync(context, context.Evaluations.Where(e => e.Status == EvaluationStatus.Processing && e.StartedAt < before), cancellationToken);
    }

    /// <summary>
    /// Evaluations left processing by a process that died (kill -9) go back to queued, so that their outbox items,
    /// queued again at the same start, run them. Call at startup under the instance lock, before the outbox.
    /// </summary>
    public async Task<int> ReturnInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Evaluations.Where(e => e.Status == EvaluationStatus.Processing)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EvaluationStatus.Queued).SetProperty(e => e.Progress, 0), cancellationToken);
    }

    /// <summary>Deletes the evaluations still waiting in the queue; how many. Their outbox items find nothing to do.</summary>
    public async Task<int> PurgeQueuedAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var purged = await context.Evaluations.Where(e => e.Status == EvaluationStatus.Queued).ExecuteDeleteAsync(cancellationToken);
        await PublishAsync(new Evaluation { Id = 0, Status = EvaluationStatus.Queued }, cancellationToken);
        return purged;
    }

    /// <summary>Sets the queue gauge and tells open pages; called after every change of an evaluation.</summary>
    public Task PublishAsync(Evaluation evaluation, CancellationToken cancellationToken) => PublishAsync([evaluation], cancellationToken);

    private async Task PublishAsync(IReadOnlyList<Evaluation> evaluations, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var queued = await context.Evaluations.CountAsync(e => e.Status == EvaluationStatus.Queued, cancellationToken);
        metrics.EvaluationsQueueLength.Set(queued);
        foreach (var evaluation in evaluations)
        {
            live.Publish(new EvaluationChanged(
                evaluation.Id, Camel(evaluation.Status), evaluation.Progress, evaluation.RelevanceScore,
                evaluation.Verdict is { } verdict ? Camel(verdict) : null, evaluation.Error, queued));
        }
    }

    private async Task<int> RequeueAsync(JobSentinelDbContext context, IQueryable<Evaluation> selection, CancellationToken cancellationToken)
    {
        var ids = await selection.Select(e => e.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        await context.Evaluations
            .Where(e => ids.Contains(e.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, EvaluationStatus.Queued)
                .SetProperty(e => e.Progress, 0)
                .SetProperty(e => e.Error, (string?)null)
                .SetProperty(e => e.StartedAt, (DateTime?)null)
                .SetProperty(e => e.FinishedAt, (DateTime?)null), cancellationToken);
        await QueueAsync(ids, cancellationToken);
        return ids.Count;
    }

    private async Task QueueAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            await workQueue.EnqueueAsync(WorkKind, new RunPayload(id), cancellationToken);
        }

        await PublishAsync([.. ids.Select(id => new Evaluation { Id = id, Status = EvaluationStatus.Queued })], cancellationToken);
    }

    private static async Task<IReadOnlyList<EvaluationView>> ViewsAsync(
        JobSentinelDbContext context, IReadOnlyList<Evaluation> rows, CancellationToken cancellationToken)
    {
        var resumeIds = rows.Select(e => e.ResumeId).Distinct().ToList();
        var jobIds = rows.Where(e => e.JobId is not null).Select(e => e.JobId!.Value).Distinct().ToList();
        var descriptionIds = rows.Where(e => e.JobDescriptionId is not null).Select(e => e.JobDescriptionId!.Value).Distinct().ToList();
        var resumes = await context.Resumes.Where(r => resumeIds.Contains(r.Id))
            .Select(r => new { r.Id, Name = r.CandidateName ?? r.FileName }).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var jobs = await context.Jobs.Where(j => jobIds.Contains(j.Id))
            .Select(j => new { j.Id, j.Title, j.Company }).ToDictionaryAsync(j => j.Id, cancellationToken);
        var descriptions = await context.JobDescriptionDocuments.Where(d => descriptionIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Title }).ToDictionaryAsync(d => d.Id, d => d.Title, cancellationToken);
        return [.. rows.Select(e =>
        {
            var result = e.ResultJson is null ? null : AnalysisJson.Read<RelevanceResult>(e.ResultJson);
            var job = e.JobId is { } jobId ? jobs.GetValueOrDefault(jobId) : null;
            var title = job?.Title ?? (e.JobDescriptionId is { } descriptionId ? descriptions.GetValueOrDefault(descriptionId) : null) ?? "(deleted)";
            return new EvaluationView(
                e.Id, e.Status, e.Progress, e.ResumeId, resumes.GetValueOrDefault(e.ResumeId) ?? "(deleted)", e.JobId, e.JobDescriptionId, title, job?.Company,
                e.RelevanceScore, e.Verdict, result?.HardMatch, result?.SoftMatch, result?.ExperienceFit, result?.EducationFit,
                result?.MissingSkills ?? [], result?.Suggestions ?? [], result?.Requirements, e.Error, e.Attempts, e.CreatedAt, e.StartedAt, e.FinishedAt);
        })];
    }

    private static string Camel<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
