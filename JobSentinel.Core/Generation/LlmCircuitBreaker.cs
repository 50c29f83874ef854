namespace JobSentinel.Core.Generation;

/// <summary>A provider's breaker as shown: closed, open (skipped until <see cref="RetryAt"/>) or halfOpen (one trial call).</summary>
public sealed record LlmBreakerView(string Provider, string State, int ConsecutiveFailures, DateTime? RetryAt, string? LastError);

/// <summary>
/// One provider's circuit breaker, in memory: opens after <see cref="FailureThreshold"/> failures in a row, lets one
/// trial call through once the cool-down has passed (half-open), closes again on a success. Kept as a small state
/// machine (like the sources' breaker) because LLM calls are too rare for a sampling window.
/// </summary>
public sealed class LlmCircuitBreaker(string provider)
{
    public const int FailureThreshold = 3;
    private readonly Lock _gate = new();
    private int _failures;
    private DateTime? _openedAt;
    private bool _trialRunning;
    private string? _lastError;

    public string Provider { get; } = provider;

    /// <summary>Whether a call may go to the provider now; in half-open state only one trial at a time.</summary>
    public bool TryEnter(DateTime now, TimeSpan coolDown)
    {
        lock (_gate)
        {
            if (_openedAt is not { } opened)
            {
                return true;
            }

            if (now - opened < coolDown || _trialRunning)
            {
                return false;
            }

            _trialRunning = true;
            return true;
        }
    }

    public void RecordSuccess()
    {
        lock (_gate)
        {
            _failures = 0;
            _openedAt = null;
            _trialRunning = false;
            _lastError = null;
        }
    }

    public void RecordFailure(DateTime now, string error)
    {
        lock (_gate)
        {
            _failures++;
            _lastError = error;
            if (_trialRunning || _failures >= FailureThreshold)
            {
                _openedAt = now;
            }

            _trialRunning = false;
        }
    }

    /// <summary>A call given up by its caller (not the provider's fault): a half-open trial may be tried again.</summary>
    public void Abandon()
    {
        lock (_gate)
        {
            _trialRunning = false;
        }
    }

    public void Reset() => RecordSuccess();

    public LlmBreakerView View(DateTime now, TimeSpan coolDown)
    {
        lock (_gate)
        {
            var state = _openedAt is not { } opened ? "closed" : now - opened < coolDown ? "open" : "halfOpen";
            return new LlmBreakerView(Provider, state, _failures, _openedAt + coolDown, _lastError);
        }
    }
}

/// <summary>The breakers of the primary and the backup provider (singleton: the state lives as long as the process).</summary>
public sealed class LlmCircuitBreakers
{
    public LlmCircuitBreaker Primary { get; } = new(LlmRoles.Primary);

    public LlmCircuitBreaker Backup { get; } = new(LlmRoles.Backup);

    public LlmCircuitBreaker For(string role) => role == LlmRoles.Primary ? Primary : Backup;
}
