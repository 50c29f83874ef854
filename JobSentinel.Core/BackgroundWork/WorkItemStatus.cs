namespace JobSentinel.Core.BackgroundWork;

public enum WorkItemStatus
{
    Queued,
    Processing,
    Completed,
    Failed,
}
