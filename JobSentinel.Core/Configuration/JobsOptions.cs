namespace JobSentinel.Core.Configuration;

/// <summary>How postings are shown (section <c>JobSentinel:Jobs</c>).</summary>
public sealed class JobsOptions
{
    public const string SectionName = "JobSentinel:Jobs";

    /// <summary>Currency of annualised salaries in the UI, API and filters (ISO 4217).</summary>
    public string Currency { get; set; } = "USD";
}
