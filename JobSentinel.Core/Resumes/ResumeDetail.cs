using JobSentinel.Core.Documents;

namespace JobSentinel.Core.Resumes;

/// <summary>One resume with its parse and ATS report (<c>GET /resumes/{id}</c>).</summary>
public sealed record ResumeDetail(
    long Id, string FileName, FileFormat Format, long SizeBytes, DateTime UploadedAt, ResumeSummary Resume, AtsReport AtsReport, DocumentLayout Layout, string Text);
