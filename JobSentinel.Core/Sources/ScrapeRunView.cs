namespace JobSentinel.Core.Sources;

/// <summary>A run in the SPEC's shape (<c>GET /scrape-runs/{id}</c>).</summary>
public sealed record ScrapeRunView(
    long Id,
    int SourceId,
    string SourceName,
    ScrapeRunStatus Status,
    string Trigger,
    int JobsFound,
    int JobsNew,
    int JobsUpdated,
    int JobsClosed,
    int Requests,
    string? Error,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    long? DurationMs)
{
    public static ScrapeRunView From(ScrapeRun run, string sourceName) => new(
        run.Id, run.SourceId, sourceName, run.Status, run.Trigger, run.JobsFound, run.JobsNew, run.JobsUpdated, run.JobsClosed,
        run.Requests, run.Error, run.CreatedAt, run.StartedAt, run.FinishedAt, run.DurationMs);
}
