namespace JobSentinel.Core.Pipeline;

/// <summary>The steps of every run, in order.</summary>
public static class PipelineSteps
{
    public const string CompanyResearch = "companyResearch";
    public const string FitAnalysis = "fitAnalysis";
    public const string TailoredCv = "tailoredCv";
    public const string CoverLetter = "coverLetter";
    public const string Outreach = "outreach";
    public const string Pdf = "pdf";

    public static IReadOnlyList<string> Names { get; } = [CompanyResearch, FitAnalysis, TailoredCv, CoverLetter, Outreach, Pdf];
}
