namespace JobSentinel.Core.Configuration;

/// <summary>Uploaded resumes and job descriptions (section <c>JobSentinel:Uploads</c>).</summary>
public sealed class UploadsOptions
{
    public const string SectionName = "JobSentinel:Uploads";

    /// <summary>Largest accepted file; bigger uploads are refused with 413.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest total size of the parts of a DOCX once unzipped (zip-bomb guard).</summary>
    public long MaxUnpackedBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Stored files not referenced by a resume or job description are deleted after this many days.</summary>
    public int RetentionDays { get; set; } = 30;
}
