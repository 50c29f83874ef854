namespace JobSentinel.Core.Configuration;

/// <summary>How sources are fetched (section <c>JobSentinel:Scraping</c>).</summary>
public sealed class ScrapingOptions
{
    public const string SectionName = "JobSentinel:Scraping";

    /// <summary>Runs fetching at the same time; more wait their turn.</summary>
    public int MaxConcurrentRuns { get; set; } = 10;

    /// <summary>Requests per second to one host, shared by every source on it.</summary>
    public double RequestsPerSecondPerHost { get; set; } = 5;

    /// <summary>Timeout of one HTTP attempt.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Retries of a failed request (timeouts, 408, 429, 5xx), with exponential back-off and jitter.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>A Retry-After longer than this fails the run instead of holding it.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 60;

    /// <summary>Limit of a whole run (every page and detail request).</summary>
    public int RunTimeoutMinutes { get; set; } = 15;

    /// <summary>Consecutive failed runs that open a source's circuit.</summary>
    public int CircuitFailureThreshold { get; set; } = 3;

    /// <summary>How long an open circuit waits before a trial run (half-open).</summary>
    public int CircuitCoolDownMinutes { get; set; } = 5;

    /// <summary>Successful runs that must miss a posting before it is marked closed.</summary>
    public int CloseAfterMissedRuns { get; set; } = 3;

    /// <summary>Sent to every board; some (RemoteOK, USAJOBS) ask for a descriptive one.</summary>
    public string UserAgent { get; set; } = "JobSentinel/1.0 (self-hosted job search)";

    /// <summary>An e-mail address boards may contact (USAJOBS requires it as its User-Agent).</summary>
    public string? ContactEmail { get; set; }
}
