namespace JobSentinel.Core.Evaluations;

public enum EvaluationStatus
{
    Queued,
    Processing,
    Completed,
    Failed,
}
