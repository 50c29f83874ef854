namespace JobSentinel.Core.Sources;

/// <summary>A source as the user submits it (create, update or dry test); validated before use.</summary>
public sealed record SourceDraft
{
    public string? Name { get; init; }

    public SourceType? Type { get; init; }

    public string? Board { get; init; }

    public string? Url { get; init; }

    public string? BaseUrl { get; init; }

    /// <summary>Cron expression (UTC); the type's default when empty.</summary>
    public string? Schedule { get; init; }

    public bool? Enabled { get; init; }

    public IReadOnlyDictionary<string, string>? Options { get; init; }
}
