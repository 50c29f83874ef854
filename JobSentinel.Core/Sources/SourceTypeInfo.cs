namespace JobSentinel.Core.Sources;

/// <summary>What a source type needs and how it behaves by default.</summary>
public sealed record SourceTypeInfo(
    SourceType Type,
    string DisplayName,
    SourceTarget Target,
    string DefaultSchedule,
    IReadOnlyList<string> RequiredOptions,
    IReadOnlyList<string> SecretOptions,
    int? MaxRunsPerDay = null,
    string? AttributionUrl = null,
    string? BoardHint = null);
