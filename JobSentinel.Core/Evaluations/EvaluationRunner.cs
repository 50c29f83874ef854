using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Data;
using JobSentinel.Core.Resumes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Core.Evaluations;

/// <summary>
/// Runs one queued evaluation: claims it, scores the resume against the job, stores the result or the error.
/// Safe to run again after a crash: an evaluation that is no longer queued is left alone.
/// </summary>
public sealed partial class EvaluationRunner(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    EvaluationService evaluations,
    RelevanceEngine engine,
    TimeProvider timeProvider,
    ILogger<EvaluationRunner> logger) : IWorkItemHandler
{
    private const int MaxErrorLength = 4000;

    public string Kind => EvaluationService.WorkKind;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) =>
        RunAsync(WorkQueue.ReadPayload<EvaluationService.RunPayload>(item).EvaluationId, cancellationToken);

    public async Task RunAsync(long evaluationId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var claimed = await context.Evaluations
            .Where(e => e.Id == evaluationId && e.Status == EvaluationStatus.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, EvaluationStatus.Processing)
                .SetProperty(e => e.Progress, 10)
                .SetProperty(e => e.StartedAt, now)
                .SetProperty(e => e.Attempts, e => e.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            return; // purged, deleted with its resume, or already run
        }

        var evaluation = await context.Evaluations.SingleAsync(e => e.Id == evaluationId, cancellationToken);
        await evaluations.PublishAsync(evaluation, cancellationToken);
        try
        {
            var (resume, jobTitle, jobText) = await LoadAsync(context, evaluation, cancellationToken);
            await SetProgressAsync(context, evaluation, 40, cancellationToken);
            var result = await engine.EvaluateAsync(resume, jobText, jobTitle, cancellationToken);
            evaluation.Status = EvaluationStatus.Completed;
            evaluation.Progress = 100;
            evaluation.RelevanceScore = result.RelevanceScore;
            evaluation.Verdict = result.Verdict;
            evaluation.ResultJson = AnalysisJson.Write(result);
            evaluation.Error = null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: back to the queue; the outbox item is returned too and runs it at the next start.
            await context.Evaluations.Where(e => e.Id == evaluationId)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EvaluationStatus.Queued).SetProperty(e => e.Progress, 0), CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, evaluationId);
            evaluation.Status = EvaluationStatus.Failed;
            evaluation.Error = ex.Message.Length > MaxErrorLength ? ex.Message[..MaxErrorLength] : ex.Message;
        }

        evaluation.FinishedAt = timeProvider.GetUtcNow().UtcDateTime;
        try
        {
            await context.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            return; // the resume or job was deleted while it ran: nothing left to record
        }

        await evaluations.PublishAsync(evaluation, CancellationToken.None);
    }

    private static async Task<(ParsedResume Resume, string Title, string Text)> LoadAsync(
        JobSentinelDbContext context, Evaluation evaluation, CancellationToken cancellationToken)
    {
        var parseJson = await context.Resumes.Where(r => r.Id == evaluation.ResumeId).Select(r => r.ParseJson).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Resume {evaluation.ResumeId} no longer exists.");
        var resume = AnalysisJson.Read<ParsedResume>(parseJson);
        if (evaluation.JobId is { } jobId)
        {
            var job = await (from posting in context.Jobs
                             join description in context.JobDescriptions on posting.Id equals description.JobId into descriptions
                             from description in descriptions.DefaultIfEmpty()
                             where posting.Id == jobId
                             select new { posting.Title, description.Text }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException($"Posting {jobId} no longer exists.");
            return (resume, job.Title, string.IsNullOrWhiteSpace(job.Text)
                ? throw new InvalidOperationException($"Posting {jobId} has no description to evaluate against.")
                : job.Text);
        }

        var document = await context.JobDescriptionDocuments.Where(d => d.Id == evaluation.JobDescriptionId)
            .Select(d => new { d.Title, d.Text }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Job description {evaluation.JobDescriptionId} no longer exists.");
        return (resume, document.Title, document.Text);
    }

    private async Task SetProgressAsync(JobSentinelDbContext context, Evaluation evaluation, int progress, CancellationToken cancellationToken)
    {
        evaluation.Progress = progress;
        await context.SaveChangesAsync(cancellationToken);
        await evaluations.PublishAsync(evaluation, cancellationToken);
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Evaluation {Id} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, long id);
}
