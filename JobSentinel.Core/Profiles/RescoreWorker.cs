using JobSentinel.Core.Live;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Core.Profiles;

/// <summary>
/// Rescores every stored posting in the background when asked (profile saved, feedback given, the
/// daily recency refresh). Requests that arrive while a rescore runs fold into one more run.
/// </summary>
public sealed partial class RescoreWorker(MatchScorer scorer, ILiveEventPublisher live, ILogger<RescoreWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim _signal = new(0);
    private string? _reason;

    /// <summary>The state of the last or current rescore, for pages that open while it runs.</summary>
    public RescoreProgress? Current { get; private set; }

    public void Request(string reason)
    {
        if (Interlocked.Exchange(ref _reason, reason) is null)
        {
            _signal.Release();
        }
    }

    /// <summary>Rescores now, in the caller (CLI, tests).</summary>
    public Task<int> RunNowAsync(string reason, CancellationToken cancellationToken) => RunAsync(reason, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _signal.WaitAsync(stoppingToken);
            var reason = Interlocked.Exchange(ref _reason, null) ?? "requested";
            try
            {
                await RunAsync(reason, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex, reason);
                Publish(new RescoreProgress("failed", 0, 0, reason, ex.Message));
            }
        }
    }

    private async Task<int> RunAsync(string reason, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var progress = new Progress(this, reason);
        var count = await scorer.RescoreAllAsync(progress, cancellationToken);
        Publish(new RescoreProgress("completed", count, count, reason, null));
        LogRescored(count, reason, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return count;
    }

    private void Publish(RescoreProgress progress)
    {
        Current = progress;
        live.Publish(progress);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rescored {Count} postings ({Reason}) in {Milliseconds:F0} ms")]
    private partial void LogRescored(int count, string reason, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rescoring failed ({Reason})")]
    private partial void LogFailed(Exception exception, string reason);

    // Reported synchronously on the rescoring thread (System.Progress would post to the thread pool).
    private sealed class Progress(RescoreWorker worker, string reason) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => worker.Publish(new RescoreProgress("running", value.Done, value.Total, reason, null));
    }
}
