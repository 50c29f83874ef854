namespace JobSentinel.Core.Configuration;

/// <summary>Background evaluations (section <c>JobSentinel:Evaluations</c>).</summary>
public sealed class EvaluationsOptions
{
    public const string SectionName = "JobSentinel:Evaluations";

    /// <summary>An evaluation processing longer than this is considered stuck and queued again (checked every minute).</summary>
    public int StuckAfterMinutes { get; set; } = 10;
}
