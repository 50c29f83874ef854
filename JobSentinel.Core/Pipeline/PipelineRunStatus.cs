namespace JobSentinel.Core.Pipeline;

public enum PipelineRunStatus
{
    Queued,
    Processing,
    Completed,
    Failed,
}
