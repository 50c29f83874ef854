namespace JobSentinel.Web.Live;

/// <summary>
/// Runs a refresh at most once per interval however many live events ask for one: the first request
/// after a quiet interval runs at once, requests within the interval collapse into one run at its end.
/// </summary>
public sealed class RefreshThrottle(Func<Task> refresh, TimeSpan interval, TimeProvider timeProvider) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopped = new();
    private bool _scheduled;
    private DateTimeOffset? _lastRun;

    public void Request()
    {
        TimeSpan wait;
        lock (_gate)
        {
            if (_scheduled || _stopped.IsCancellationRequested)
            {
                return;
            }

            _scheduled = true;
            wait = _lastRun is { } last ? last + interval - timeProvider.GetUtcNow() : TimeSpan.Zero;
        }

        _ = RunAsync(wait);
    }

    private async Task RunAsync(TimeSpan wait)
    {
        try
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, _stopped.Token);
            }

            lock (_gate)
            {
                _scheduled = false;
                _lastRun = timeProvider.GetUtcNow();
            }

            await refresh();
        }
        catch (OperationCanceledException)
        {
            // Disposed while waiting: the page is gone.
        }
    }

    // The source is cancelled, never disposed: a run still waiting reads its token.
    public void Dispose() => _stopped.Cancel();
}
