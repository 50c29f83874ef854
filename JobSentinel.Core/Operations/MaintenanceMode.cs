namespace JobSentinel.Core.Operations;

/// <summary>
/// Maintenance mode of the running server (in memory: a restart leaves it). While it is on no background work
/// starts (<see cref="TryBeginWork"/> answers null) and the API answers 503; work that had started is counted
/// until it ends, so that a restore can wait for it (<see cref="WaitForIdleAsync"/>).
/// </summary>
public sealed class MaintenanceMode(TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private MaintenanceState _state = MaintenanceState.Off;
    private int _running;

    public MaintenanceState Current
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    public bool IsEnabled => Current.Enabled;

    /// <summary>Background work that started and has not ended yet.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Raised after every switch, with the new state.</summary>
    public event Action<MaintenanceState>? Changed;

    /// <summary>Turns it on or off; an "on" while already on keeps its start and updates the reason.</summary>
    public MaintenanceState Set(bool enabled, string? reason, string? by)
    {
        MaintenanceState state;
        lock (_gate)
        {
            state = enabled
                ? new MaintenanceState(true, _state.Enabled ? _state.Since : timeProvider.GetUtcNow().UtcDateTime,
                    string.IsNullOrWhiteSpace(reason) ? "no reason given" : reason.Trim(), by)
                : MaintenanceState.Off;
            _state = state;
        }

        Changed?.Invoke(state);
        return state;
    }

    /// <summary>Registers the start of background work: null (do not start) while maintenance mode is on.</summary>
    public IDisposable? TryBeginWork()
    {
        lock (_gate)
        {
            if (_state.Enabled)
            {
                return null;
            }

            Interlocked.Increment(ref _running);
        }

        return new Work(this);
    }

    /// <summary>Waits until no background work runs; false when some still runs after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForIdleAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = timeProvider.GetUtcNow() + timeout;
        while (Running > 0)
        {
            if (timeProvider.GetUtcNow() >= deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), timeProvider, cancellationToken);
        }

        return true;
    }

    private sealed class Work(MaintenanceMode mode) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                Interlocked.Decrement(ref mode._running);
            }
        }
    }
}

/// <summary>Whether maintenance mode is on, since when, why and who turned it on.</summary>
public sealed record MaintenanceState(bool Enabled, DateTime? Since, string? Reason, string? By)
{
    public static MaintenanceState Off { get; } = new(false, null, null, null);
}
