using System.Diagnostics;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Documents;

namespace JobSentinel.Core.Resumes;

/// <summary>Reads a resume file: text extraction → parsing → ATS report, timed into <c>resume_analysis_duration_seconds</c>.</summary>
public sealed class ResumeAnalyzer(DocumentReader reader, ResumeParser parser, AtsAnalyzer ats, JobSentinelMetrics metrics)
{
    /// <exception cref="DocumentRejectedException">The file cannot be analysed; the message says why.</exception>
    public ResumeAnalysis Analyze(byte[] content, string fileName)
    {
        var watch = Stopwatch.StartNew();
        var document = reader.Read(content, fileName);
        var resume = parser.Parse(document.Text);
        var report = ats.Analyze(document, resume);
        var elapsed = watch.Elapsed;
        metrics.ResumeAnalysisDuration.Observe(elapsed.TotalSeconds);
        return new ResumeAnalysis(document, resume, report) { Duration = elapsed };
    }

    /// <summary>The text of a job description file (any supported format).</summary>
    public ExtractedDocument ReadDocument(byte[] content, string fileName) => reader.Read(content, fileName);
}
