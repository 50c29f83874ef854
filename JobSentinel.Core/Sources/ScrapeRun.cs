namespace JobSentinel.Core.Sources;

/// <summary>One run of a source: what it found and how it went.</summary>
public sealed class ScrapeRun
{
    public long Id { get; set; }

    public int SourceId { get; set; }

    public ScrapeRunStatus Status { get; set; }

    /// <summary>What started it: <c>schedule</c>, <c>manual</c> (UI/API) or <c>cli</c>.</summary>
    public required string Trigger { get; set; }

    public int JobsFound { get; set; }

    public int JobsNew { get; set; }

    public int JobsUpdated { get; set; }

    public int JobsClosed { get; set; }

    /// <summary>HTTP requests made, retries included.</summary>
    public int Requests { get; set; }

    public string? Error { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public long? DurationMs { get; set; }
}
