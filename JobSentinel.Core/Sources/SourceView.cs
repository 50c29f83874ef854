namespace JobSentinel.Core.Sources;

/// <summary>A source in the SPEC's shape, with its circuit state, last run and success rates.</summary>
public sealed record SourceView(
    int Id,
    string Name,
    SourceType Type,
    string? Board,
    string? Url,
    string? BaseUrl,
    string Schedule,
    bool Enabled,
    IReadOnlyDictionary<string, string> Options,
    CircuitState CircuitState,
    int ConsecutiveFailures,
    DateTime? CircuitRetryAt,
    ScrapeRunView? LastRun,
    string? LastError,
    double? SuccessRate1h,
    double? SuccessRate24h,
    DateTime? NextRunAt,
    string? AttributionUrl,
    DateTime CreatedAt,
    DateTime UpdatedAt);
