using System.Diagnostics;
using JobSentinel.Core.Achievements;
using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Features;
using JobSentinel.Core.Resumes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Core.Pipeline;

/// <summary>
/// Runs one queued pipeline run step by step, recording each step (status, duration, provider, tokens, cost, trace).
/// A run stays queued while the <c>pipeline</c> kill switch is on or every slot is taken; it is dispatched again when
/// the switch is lifted or a slot frees. Safe to run again after a crash: a run that is no longer queued is left alone.
/// </summary>
public sealed partial class PipelineRunner(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    PipelineService service,
    PipelineCapacity capacity,
    FeatureFlags flags,
    ApplicationWriter writer,
    JobSentinelMetrics metrics,
    TimeProvider timeProvider,
    ILogger<PipelineRunner> logger) : IWorkItemHandler
{
    private const int MaxErrorLength = 4000;

    public string Kind => PipelineService.WorkKind;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) =>
        RunAsync(WorkQueue.ReadPayload<PipelineService.RunPayload>(item).RunId, cancellationToken);

    /// <summary>Runs the run when it is queued, the pipeline is not paused and a slot is free; otherwise leaves it queued.</summary>
    public async Task RunAsync(long runId, CancellationToken cancellationToken)
    {
        if (await flags.IsPausedAsync(KillSwitches.Pipeline, cancellationToken) || !capacity.TryEnter())
        {
            return;
        }

        bool ran;
        try
        {
            ran = await ExecuteAsync(runId, cancellationToken);
        }
        finally
        {
            capacity.Exit();
        }

        if (ran)
        {
            await service.DispatchWaitingAsync(CancellationToken.None);
        }
    }

    private async Task<bool> ExecuteAsync(long runId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var claimed = await context.PipelineRuns
            .Where(r => r.Id == runId && r.Status == PipelineRunStatus.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, PipelineRunStatus.Processing)
                .SetProperty(r => r.StartedAt, now)
                .SetProperty(r => r.FinishedAt, (DateTime?)null)
                .SetProperty(r => r.Error, (string?)null)
                .SetProperty(r => r.CostUsd, 0)
                .SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            return false; // already run, running, or deleted with its job or resume
        }

        var run = await context.PipelineRuns.AsNoTracking().SingleAsync(r => r.Id == runId, cancellationToken);

        // A fresh attempt: what an interrupted one left is started over.
        await context.PipelineSteps.Where(s => s.RunId == runId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, PipelineStepStatus.Pending).SetProperty(x => x.DurationMs, (long?)null)
            .SetProperty(x => x.Provider, (string?)null).SetProperty(x => x.Tokens, (int?)null).SetProperty(x => x.CostUsd, 0)
            .SetProperty(x => x.Error, (string?)null).SetProperty(x => x.Input, (string?)null).SetProperty(x => x.Output, (string?)null)
            .SetProperty(x => x.StartedAt, (DateTime?)null).SetProperty(x => x.FinishedAt, (DateTime?)null), cancellationToken);
        await context.Documents.Where(d => d.RunId == runId).ExecuteDeleteAsync(cancellationToken);
        service.Publish(runId, run.JobId, PipelineRunStatus.Processing, null, null, null);

        string? error = null;
        try
        {
            var materials = await LoadAsync(context, run, cancellationToken);
            foreach (var step in await context.PipelineSteps.Where(s => s.RunId == runId).OrderBy(s => s.Order).ToListAsync(cancellationToken))
            {
                if (error is not null)
                {
                    step.Status = PipelineStepStatus.Skipped;
                    await context.SaveChangesAsync(cancellationToken);
                    continue;
                }

                if (await flags.IsPausedAsync(KillSwitches.Pipeline, cancellationToken))
                {
                    await ReturnToQueueAsync(run, CancellationToken.None);
                    LogPaused(logger, runId, step.Name);
                    return true;
                }

                error = await RunStepAsync(context, run, step, materials, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: back to the queue; the outbox item is returned too and runs it at the next start.
            await ReturnToQueueAsync(run, CancellationToken.None);
            throw;
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbUpdateException or System.Text.Json.JsonException)
        {
            LogFailed(logger, ex, runId);
            error = ex.Message;
            await context.PipelineSteps.Where(s => s.RunId == runId && s.Status == PipelineStepStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PipelineStepStatus.Skipped), CancellationToken.None);
        }

        await FinishAsync(context, run, error);
        return true;
    }

    /// <summary>Runs one step and records it; the error that fails the run, or null.</summary>
    private async Task<string?> RunStepAsync(JobSentinelDbContext context, PipelineRun run, PipelineStep step, RunMaterials materials, CancellationToken cancellationToken)
    {
        step.Status = PipelineStepStatus.Running;
        step.StartedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        service.Publish(run.Id, run.JobId, PipelineRunStatus.Processing, step.Name, step.Status, null);
        var watch = Stopwatch.StartNew();
        string? error = null;
        try
        {
            var outcome = await writer.RunAsync(step.Name, materials, cancellationToken);
            (step.Provider, step.Tokens, step.CostUsd, step.Input, step.Output) = (outcome.Provider, outcome.Tokens, outcome.CostUsd, outcome.Input, outcome.Output);
            step.Status = PipelineStepStatus.Completed;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            LogStepFailed(logger, ex, run.Id, step.Name);
            error = $"{step.Name}: {ex.Message}";
            error = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
            step.Status = PipelineStepStatus.Failed;
            step.Error = error;
        }

        step.DurationMs = watch.ElapsedMilliseconds;
        step.FinishedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(CancellationToken.None);
        service.Publish(run.Id, run.JobId, PipelineRunStatus.Processing, step.Name, step.Status, step.Error);
        return error;
    }

    private async Task FinishAsync(JobSentinelDbContext context, PipelineRun run, string? error)
    {
        var cost = await context.PipelineSteps.Where(s => s.RunId == run.Id).SumAsync(s => s.CostUsd, CancellationToken.None);
        var status = error is null ? PipelineRunStatus.Completed : PipelineRunStatus.Failed;
        var now = timeProvider.GetUtcNow().UtcDateTime;

        // Only a run still processing: reset-stuck may have failed it meanwhile, and that answer stands.
        var finished = await context.PipelineRuns.Where(r => r.Id == run.Id && r.Status == PipelineRunStatus.Processing)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.Error, error)
                .SetProperty(r => r.CostUsd, cost)
                .SetProperty(r => r.FinishedAt, now), CancellationToken.None);
        if (finished == 1)
        {
            metrics.CountPipelineRun(error is null ? "completed" : "failed");
            service.Publish(run.Id, run.JobId, status, null, null, error);
        }
    }

    private async Task ReturnToQueueAsync(PipelineRun run, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.PipelineRuns.Where(r => r.Id == run.Id && r.Status == PipelineRunStatus.Processing)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, PipelineRunStatus.Queued).SetProperty(r => r.StartedAt, (DateTime?)null), cancellationToken);
        service.Publish(run.Id, run.JobId, PipelineRunStatus.Queued, null, null, null);
    }

    private static async Task<RunMaterials> LoadAsync(JobSentinelDbContext context, PipelineRun run, CancellationToken cancellationToken)
    {
        var job = await (from posting in context.Jobs
                         join description in context.JobDescriptions on posting.Id equals description.JobId into descriptions
                         from description in descriptions.DefaultIfEmpty()
                         where posting.Id == run.JobId
                         select new { posting.Title, posting.Company, description.Text }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Posting {run.JobId} no longer exists.");
        var parseJson = await context.Resumes.Where(r => r.Id == run.ResumeId).Select(r => r.ParseJson).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Resume {run.ResumeId} no longer exists.");
        var stars = await context.StarRecords.AsNoTracking()
            .Where(s => s.Status == StarRecordStatus.Accepted && (s.ResumeId == null || s.ResumeId == run.ResumeId))
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var jobText = string.IsNullOrWhiteSpace(job.Text) ? job.Title : job.Text;
        var input = new TailoringInput(AnalysisJson.Read<ParsedResume>(parseJson), stars, job.Title, job.Company, []);
        return new RunMaterials(run.Id, run.JobId, run.ResumeId, jobText, input);
    }

    [LoggerMessage(EventId = 7111, Level = LogLevel.Warning, Message = "Pipeline run {Id} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, long id);

    [LoggerMessage(EventId = 7112, Level = LogLevel.Warning, Message = "Step {Step} of pipeline run {Id} failed")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, long id, string step);

    [LoggerMessage(EventId = 7113, Level = LogLevel.Information, Message = "Pipeline run {Id} went back to the queue before step {Step}: the pipeline is paused")]
    private static partial void LogPaused(ILogger logger, long id, string step);
}
