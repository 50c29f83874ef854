namespace JobSentinel.Core.Evaluations;

/// <summary>High ≥ 80, Medium 50–79, Low below.</summary>
public enum Verdict
{
    High,
    Medium,
    Low,
}
