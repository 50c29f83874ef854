using System.Diagnostics;
using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Live;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Sources;

/// <summary>
/// Executes one scrape run: fetch → parse → normalise → de-duplicate → store, in bulk, with the
/// per-source circuit breaker around it. A failing source only fails its own run.
/// </summary>
public sealed partial class ScrapeRunner(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    IEnumerable<ISourceFetcher> fetchers,
    SourceOptionsCodec codec,
    PostingNormalizer normalizer,
    JobStore store,
    Profiles.MatchPipeline matching,
    ScrapeConcurrency concurrency,
    SourceChangeCounter changes,
    JobSentinelMetrics metrics,
    ILiveEventPublisher live,
    Features.FeatureFlags flags,
    IOptionsMonitor<ScrapingOptions> options,
    TimeProvider timeProvider,
    ILogger<ScrapeRunner> logger) : IWorkItemHandler
{
    public string Kind => ScrapeRunService.WorkKind;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) =>
        RunAsync(WorkQueue.ReadPayload<ScrapeRunService.RunPayload>(item).RunId, cancellationToken);

    /// <summary>Runs a recorded run to its end; the run row holds the outcome. Cancellation (shutdown) returns it to the queue.</summary>
    public async Task RunAsync(long runId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var run = await context.ScrapeRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || run.Status is ScrapeRunStatus.Completed or ScrapeRunStatus.Failed)
        {
            return;
        }

        var source = await context.Sources.SingleAsync(s => s.Id == run.SourceId, cancellationToken);
        if (await PausedReasonAsync(flags, source.Type, cancellationToken) is { } paused)
        {
            // Recorded as failed without counting against the source's breaker: nothing was fetched.
            await FinishAsync(context, run, source, null, paused, countFailure: false, cancellationToken);
            return;
        }

        var settings = options.CurrentValue;
        var coolDown = TimeSpan.FromMinutes(settings.CircuitCoolDownMinutes);
        if (!SourceCircuitBreaker.TryBegin(source, Now(), coolDown, manual: run.Trigger != ScrapeRunService.ScheduleTrigger))
        {
            await FinishAsync(context, run, source, null, $"Skipped: the circuit is open after {source.ConsecutiveFailures} failed runs; " +
                $"the next trial is at {SourceCircuitBreaker.RetryAt(source, coolDown):u}.", countFailure: false, cancellationToken);
            return;
        }

        using var slot = await concurrency.EnterAsync(cancellationToken);
        var progress = new RunProgress(run, source.Name, live, timeProvider);
        var watch = Stopwatch.StartNew();
        run.Status = ScrapeRunStatus.Running;
        run.StartedAt = Now();
        await context.SaveChangesAsync(cancellationToken);
        progress.Publish("fetching", force: true);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(settings.RunTimeoutMinutes));
        try
        {
            var result = await ScrapeAsync(source, progress, settings, timeout.Token);
            await MatchAsync(source, result, cancellationToken);
            run.JobsFound = result.Found;
            run.JobsNew = result.New;
            run.JobsUpdated = result.Updated;
            run.JobsClosed = result.Closed;
            run.Requests = progress.Requests;
            metrics.JobsScraped.WithLabels(source.Name).Inc(result.Found);
            metrics.ScrapeDurations.WithLabels(source.Name).Observe(watch.Elapsed.TotalSeconds);
            await FinishAsync(context, run, source, watch, null, countFailure: false, cancellationToken);
            if (result.New > 0)
            {
                live.Publish(new JobsDiscovered(source.Id, source.Name, result.New, [.. result.NewJobIds.Take(200)]));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The app is stopping: the outbox runs it again at the next start.
            run.Status = ScrapeRunStatus.Queued;
            run.StartedAt = null;
            await context.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        catch (Exception ex) when (ex is SourceHttpException or SourceFormatException || timeout.IsCancellationRequested)
        {
            run.Requests = progress.Requests;
            var message = timeout.IsCancellationRequested && ex is OperationCanceledException
                ? $"The run took longer than {settings.RunTimeoutMinutes} minutes and was stopped."
                : ex.Message;
            LogRunFailed(logger, source.Name, message);
            await FinishAsync(context, run, source, watch, message, countFailure: true, cancellationToken);
        }
        catch (Exception ex)
        {
            run.Requests = progress.Requests;
            LogRunCrashed(logger, ex, source.Name);
            var message = StorageRetry.IsStorageFailure(ex)
                ? $"The postings could not be stored: {ex.GetBaseException().Message} Nothing of this run was saved."
                : $"Unexpected error: {ex.Message}";
            await FinishAsync(context, run, source, watch, message, countFailure: true, cancellationToken);
        }
    }

    // Scoring and alerting follow the store at once (the alert latency counts from here), but a
    // problem there never fails the run: the postings are stored, and the next rescore scores them.
    private async Task MatchAsync(Source source, IngestResult result, CancellationToken cancellationToken)
    {
        try
        {
            await matching.ProcessAsync([.. result.NewJobIds, .. result.UpdatedJobIds], Now(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMatchingFailed(logger, ex, source.Name);
        }
    }

    private async Task<IngestResult> ScrapeAsync(Source source, RunProgress progress, ScrapingOptions settings, CancellationToken cancellationToken)
    {
        var fetcher = fetchers.FirstOrDefault(f => f.Type == source.Type)
            ?? throw new SourceFormatException($"No fetcher is available for sources of type '{source.Type}'.");
        var request = new FetchRequest(source.Name, source.Type, source.Board, source.Url, source.BaseUrl, codec.Decode(source.OptionsJson), progress);
        var raw = await fetcher.FetchInBatchesAsync(request, cancellationToken);
        progress.Fetched(raw.Count);
        progress.Publish("saving", force: true);

        var known = await store.LoadContentHashesAsync(source.Id, cancellationToken);
        var batches = normalizer.NormalizeBatchesAsync(raw.Batches, DefaultCompany(source), known, cancellationToken);
        return await store.IngestAsync(source.Id, batches, Now(), settings.CloseAfterMissedRuns, cancellationToken);
    }

    private async Task FinishAsync(JobSentinelDbContext context, ScrapeRun run, Source source, Stopwatch? watch, string? error, bool countFailure, CancellationToken stopping)
    {
        var now = Now();
        run.Status = error is null ? ScrapeRunStatus.Completed : ScrapeRunStatus.Failed;
        run.Error = error is { Length: > 4000 } ? error[..4000] : error;
        run.StartedAt ??= now;
        run.FinishedAt = now;
        run.DurationMs = watch?.ElapsedMilliseconds ?? 0;
        if (error is null)
        {
            SourceCircuitBreaker.RecordSuccess(source);
        }
        else if (countFailure)
        {
            SourceCircuitBreaker.RecordFailure(source, now, options.CurrentValue.CircuitFailureThreshold);
            metrics.JobsScrapedErrors.WithLabels(source.Name).Inc();
            if (watch is not null)
            {
                metrics.ScrapeDurations.WithLabels(source.Name).Observe(watch.Elapsed.TotalSeconds);
            }
        }

        metrics.SetCircuit(source.Name, source.CircuitState);

        // A full disk fails the run, then also this save: keep trying, or the run would stay "running" until a restart.
        await StorageRetry.SaveAsync(() => context.SaveChangesAsync(CancellationToken.None), $"the outcome of scrape run {run.Id}", logger, timeProvider, stopping);
        changes.Changed();
        live.Publish(new ScrapeRunChanged(run.Id, source.Id, source.Name, run.Status.ToString().ToLowerInvariant(),
            run.Status.ToString().ToLowerInvariant(), run.Requests, run.JobsFound, run.JobsNew, run.JobsUpdated, run.Error));
    }

    /// <summary>Why no request may go out for a source of <paramref name="type"/> now (kill switch, flag), or null.</summary>
    internal static async Task<string?> PausedReasonAsync(Features.FeatureFlags flags, SourceType type, CancellationToken cancellationToken)
    {
        if (await flags.IsPausedAsync(Features.KillSwitches.Scraping, cancellationToken))
        {
            return PausedByKillSwitch;
        }

        return type == SourceType.Html && !await flags.IsEnabledAsync(Features.FeatureNames.HtmlScraping, null, cancellationToken)
            ? HtmlScrapingOff
            : null;
    }

    public const string PausedByKillSwitch = "Scraping is paused by the kill switch.";

    public const string HtmlScrapingOff = "HTML scraping is turned off by the 'htmlScraping' feature flag: sources of type html do not run.";

    /// <summary>
    /// The errors of runs the operator's switches refused before any request: recorded as failed so the run says why,
    /// but left out of success rates and the scrape SLO (the board did nothing wrong).
    /// </summary>
    public static readonly string[] RefusedErrors = [PausedByKillSwitch, HtmlScrapingOff];

    /// <summary>Boards that do not name the company (Lever, Ashby) are named after the board.</summary>
    internal static string DefaultCompany(Source source) =>
        source.Board is { Length: > 0 } board
            ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(board.Split('/')[0].Replace('-', ' ').Replace('_', ' '))
            : source.Name;

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Scrape of {Source} failed: {Error}")]
    private static partial void LogRunFailed(ILogger logger, string source, string error);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Scrape of {Source} failed unexpectedly")]
    private static partial void LogRunCrashed(ILogger logger, Exception exception, string source);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "Scoring or alerting the postings of {Source} failed; they are stored and the next rescore scores them")]
    private static partial void LogMatchingFailed(ILogger logger, Exception exception, string source);

    /// <summary>Counts requests and postings and publishes progress at most a few times a second.</summary>
    private sealed class RunProgress(ScrapeRun run, string sourceName, ILiveEventPublisher live, TimeProvider timeProvider) : IFetchProgress
    {
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
        private int _requests;
        private int _postings;
        private long _lastPublished;

        public int Requests => Volatile.Read(ref _requests);

        public void Request()
        {
            Interlocked.Increment(ref _requests);
            Publish("fetching", force: false);
        }

        public void Fetched(int postingsSoFar)
        {
            Volatile.Write(ref _postings, postingsSoFar);
            Publish("fetching", force: false);
        }

        public void Publish(string phase, bool force)
        {
            var now = timeProvider.GetTimestamp();
            var last = Interlocked.Read(ref _lastPublished);
            if (!force && timeProvider.GetElapsedTime(last, now) < Interval)
            {
                return;
            }

            Interlocked.Exchange(ref _lastPublished, now);
            live.Publish(new ScrapeRunChanged(run.Id, run.SourceId, sourceName, "running", phase, Requests, Volatile.Read(ref _postings), 0, 0, null));
        }
    }
}
