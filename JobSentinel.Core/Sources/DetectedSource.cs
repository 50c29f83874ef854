namespace JobSentinel.Core.Sources;

/// <summary>What a pasted careers URL turned out to be.</summary>
public sealed record DetectedSource(SourceType Type, string SuggestedName, string? Board, string? Url, string? BaseUrl, IReadOnlyDictionary<string, string> Options);
