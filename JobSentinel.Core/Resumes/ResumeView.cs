using JobSentinel.Core.Documents;

namespace JobSentinel.Core.Resumes;

/// <summary>A resume in lists.</summary>
public sealed record ResumeView(
    long Id, string FileName, string? CandidateName, FileFormat Format, long SizeBytes, int AtsScore, AtsRating AtsRating, int SkillCount, DateTime UploadedAt, bool FileKept);
