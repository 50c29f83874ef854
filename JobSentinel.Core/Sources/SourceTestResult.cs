namespace JobSentinel.Core.Sources;

/// <summary>The outcome of a dry fetch: nothing was stored.</summary>
public sealed record SourceTestResult(
    bool Ok,
    SourceType Type,
    string Name,
    string? Board,
    string? Url,
    string? BaseUrl,
    IReadOnlyDictionary<string, string> Options,
    int JobsFound,
    IReadOnlyList<SourceTestSample> Sample,
    string? Error,
    long DurationMs);

/// <summary>One posting from a dry fetch, to show the user what the source would bring.</summary>
public sealed record SourceTestSample(string Title, string? Company, string? Location, string? Url);
