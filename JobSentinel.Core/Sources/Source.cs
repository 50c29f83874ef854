namespace JobSentinel.Core.Sources;

/// <summary>A configured job board (or feed, or careers page) that JobSentinel reads on a schedule.</summary>
public sealed class Source
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public SourceType Type { get; set; }

    /// <summary>Greenhouse token, Lever site, Ashby board, Workable slug, SmartRecruiters company id, Workday "tenant/site"...</summary>
    public string? Board { get; set; }

    /// <summary>The address of an RSS/Atom feed or careers page.</summary>
    public string? Url { get; set; }

    /// <summary>Replaces the scheme, host and port of the board's real API (mirrors and tests); the path stays the API's.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Cron expression (UTC) of the recurring run.</summary>
    public required string Schedule { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Type-specific options as a JSON object; secret values are stored protected.</summary>
    public string OptionsJson { get; set; } = "{}";

    public CircuitState CircuitState { get; set; }

    public int ConsecutiveFailures { get; set; }

    public DateTime? CircuitOpenedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
