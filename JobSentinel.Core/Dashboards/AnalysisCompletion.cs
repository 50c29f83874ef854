namespace JobSentinel.Core.Dashboards;

/// <summary>
/// Evaluations requested in a range per bucket, their totals, the completion rate
/// (completed ÷ finished, null when none finished) and the resumes analysed per bucket.
/// </summary>
public sealed record AnalysisCompletion(
    IReadOnlyList<EvaluationCounts> Evaluations,
    int Completed,
    int Failed,
    int Pending,
    double? Rate,
    IReadOnlyList<TimeCount> ResumesAnalysed)
{
    public bool IsEmpty => Completed + Failed + Pending == 0 && ResumesAnalysed.All(r => r.Count == 0);
}
