namespace JobSentinel.Core.Sources;

public enum ScrapeRunStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
