namespace JobSentinel.Core.Alerts;

/// <summary>Wakes the alert dispatcher when there may be something to send (new alerts, a retry, a channel change).</summary>
public sealed class AlertSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Set()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already set: the dispatcher will look once more anyway.
        }
    }

    /// <summary>Waits for <see cref="Set"/> or the timeout; true when signalled.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
