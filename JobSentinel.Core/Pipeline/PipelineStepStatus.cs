namespace JobSentinel.Core.Pipeline;

public enum PipelineStepStatus
{
    Pending,
    Running,
    Completed,
    Failed,
    Skipped,
}
