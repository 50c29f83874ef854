namespace JobSentinel.Core.Pipeline;

/// <summary>The application pipeline (section <c>JobSentinel:Pipeline</c>).</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "JobSentinel:Pipeline";

    /// <summary>Runs processed at the same time; more wait in the queue.</summary>
    public int MaxConcurrentRuns { get; set; } = 2;

    /// <summary>A run processing longer than this is failed as stuck (checked every 5 minutes and by reset-stuck).</summary>
    public int StuckAfterMinutes { get; set; } = 30;

    /// <summary>How long a company's research is reused before it is made again.</summary>
    public int CompanyCacheDays { get; set; } = 7;

    /// <summary>Paper of the PDF render step: A4 or Letter.</summary>
    public string PaperFormat { get; set; } = "A4";
}
