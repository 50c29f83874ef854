namespace JobSentinel.Core.Diagnostics;

/// <summary>
/// Collects the current minute's requests in memory (fed by the HTTP metrics middleware); <see cref="OpsRecorder"/>
/// takes and resets it once a minute. Thread-safe; one lock held for a few instructions per request.
/// </summary>
public sealed class HttpMinuteAggregator
{
    /// <summary>The API latency objective: requests slower than this count against the API SLO.</summary>
    public const double SlowApiMs = 500;

    // Beyond this many requests a minute the percentiles come from the first ones only: memory stays bounded.
    private const int MaxKeptDurations = 50_000;

    private readonly Lock _gate = new();
    private HttpMinute _current = new();

    /// <summary>Counts one answered request; <paramref name="user"/> is the authenticated identity or null.</summary>
    public void Record(string path, int status, double durationMs, string? user)
    {
        var isApi = path.StartsWith("/api/v1/", StringComparison.OrdinalIgnoreCase);
        lock (_gate)
        {
            var minute = _current;
            minute.Requests++;
            minute.DurationMsSum += durationMs;
            if (status >= 500)
            {
                minute.ServerErrors++;
            }
            else if (status >= 400)
            {
                minute.ClientErrors++;
            }

            if (isApi)
            {
                minute.ApiRequests++;
                if (durationMs > SlowApiMs)
                {
                    minute.ApiSlowRequests++;
                }
            }

            if (minute.Durations.Count < MaxKeptDurations)
            {
                minute.Durations.Add(durationMs);
            }

            if (user is not null)
            {
                minute.Users.Add(user);
            }
        }
    }

    /// <summary>Returns what was collected since the last call and starts a new minute.</summary>
    public HttpMinute Take()
    {
        lock (_gate)
        {
            var taken = _current;
            _current = new HttpMinute();
            return taken;
        }
    }
}

/// <summary>One minute of requests as collected by <see cref="HttpMinuteAggregator"/>.</summary>
public sealed class HttpMinute
{
    public int Requests { get; internal set; }

    public int ServerErrors { get; internal set; }

    public int ClientErrors { get; internal set; }

    public double DurationMsSum { get; internal set; }

    public int ApiRequests { get; internal set; }

    public int ApiSlowRequests { get; internal set; }

    public List<double> Durations { get; } = [];

    public HashSet<string> Users { get; } = new(StringComparer.Ordinal);

    /// <summary>Nearest-rank percentile of the kept durations (null without requests).</summary>
    public double? Percentile(double p)
    {
        if (Durations.Count == 0)
        {
            return null;
        }

        Durations.Sort();
        var rank = (int)Math.Ceiling(p * Durations.Count);
        return Math.Round(Durations[Math.Clamp(rank - 1, 0, Durations.Count - 1)], 2);
    }
}
