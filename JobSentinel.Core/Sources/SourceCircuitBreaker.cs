namespace JobSentinel.Core.Sources;

/// <summary>
/// The per-source circuit breaker over run outcomes (Polly's breaker samples request windows, and
/// scrapes are too rare for that): it opens after N consecutive failed runs, lets one trial run
/// through after a cool-down (half-open), and closes on success. Its state lives in the source row.
/// </summary>
public static class SourceCircuitBreaker
{
    /// <summary>The state to show and export: an open circuit whose cool-down is over is half-open.</summary>
    public static CircuitState Effective(Source source, DateTime now, TimeSpan coolDown) =>
        source.CircuitState == CircuitState.Open && source.CircuitOpenedAt is { } opened && now - opened >= coolDown
            ? CircuitState.HalfOpen
            : source.CircuitState;

    /// <summary>
    /// Whether a run may start. A scheduled run waits out the cool-down; a manual run is let through
    /// at once as the trial run. Either way a run through an open circuit makes it half-open.
    /// </summary>
    public static bool TryBegin(Source source, DateTime now, TimeSpan coolDown, bool manual)
    {
        if (source.CircuitState == CircuitState.Closed)
        {
            return true;
        }

        if (!manual && Effective(source, now, coolDown) == CircuitState.Open)
        {
            return false;
        }

        source.CircuitState = CircuitState.HalfOpen;
        return true;
    }

    public static void RecordSuccess(Source source)
    {
        source.ConsecutiveFailures = 0;
        source.CircuitState = CircuitState.Closed;
        source.CircuitOpenedAt = null;
    }

    /// <summary>Counts a failed run; opens the circuit at the threshold, or at once when the trial run failed.</summary>
    public static void RecordFailure(Source source, DateTime now, int threshold)
    {
        source.ConsecutiveFailures++;
        if (source.CircuitState == CircuitState.HalfOpen || source.ConsecutiveFailures >= threshold)
        {
            source.CircuitState = CircuitState.Open;
            source.CircuitOpenedAt = now;
        }
    }

    /// <summary>When a scheduled run may next try an open circuit; null when it is not open.</summary>
    public static DateTime? RetryAt(Source source, TimeSpan coolDown) =>
        source.CircuitState == CircuitState.Open ? source.CircuitOpenedAt + coolDown : null;
}
