using JobSentinel.Core.Documents;

namespace JobSentinel.Core.Resumes;

/// <summary>Everything read from one resume file.</summary>
public sealed record ResumeAnalysis(ExtractedDocument Document, ParsedResume Resume, AtsReport Report)
{
    /// <summary>How long reading the file took; stored with the resume for the analysis SLO.</summary>
    public TimeSpan Duration { get; init; }
}
