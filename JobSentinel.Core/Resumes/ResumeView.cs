using JobSentinel.Core.Documents;

namespace JobSentinel.Core.Resumes;

/// <summary>A resume in lists.</summary>
public sealed record ResumeView(
    long Id, string FileName, string? CandidateName, FileFormat Format, long SizeBytes, int AtsScore, AtsRating AtsRating, int SkillCount, DateTime UploadedAt, bool FileKept)
{
    public static ResumeView From(Resume resume) => new(
        resume.Id, resume.FileName, resume.CandidateName, resume.Format, resume.SizeBytes, resume.AtsScore, resume.AtsRating, resume.SkillCount, resume.UploadedAt,
        resume.StoredName is not null);
}
