namespace JobSentinel.Core.Sources;

public static class ScrapeRunQueries
{
    /// <summary>
    /// The runs success rates and the scrape SLO count: finished (completed or failed), except those the
    /// operator's switches refused before any request (<see cref="ScrapeRunner.RefusedErrors"/>).
    /// </summary>
    public static IQueryable<ScrapeRun> CountedForSuccess(this IQueryable<ScrapeRun> runs) =>
        runs.Where(r => (r.Status == ScrapeRunStatus.Completed || r.Status == ScrapeRunStatus.Failed)
            && (r.Error == null || !ScrapeRunner.RefusedErrors.Contains(r.Error)));
}
