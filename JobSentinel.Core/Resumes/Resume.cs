using JobSentinel.Core.Documents;

namespace JobSentinel.Core.Resumes;

/// <summary>An uploaded resume: its stored file and what the analysis read from it (kept as JSON).</summary>
public sealed class Resume
{
    public long Id { get; set; }

    /// <summary>The name the user uploaded it under (shown, never used as a path).</summary>
    public required string FileName { get; set; }

    /// <summary>Random file name under the uploads folder; null once retention removed the file.</summary>
    public string? StoredName { get; set; }

    public FileFormat Format { get; set; }

    public long SizeBytes { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>The candidate's name from the contact block, for lists.</summary>
    public string? CandidateName { get; set; }

    public int AtsScore { get; set; }

    public AtsRating AtsRating { get; set; }

    public int SkillCount { get; set; }

    /// <summary>Extracted text in reading order.</summary>
    public required string Text { get; set; }

    /// <summary><see cref="ParsedResume"/> as JSON.</summary>
    public required string ParseJson { get; set; }

    /// <summary><see cref="AtsReport"/> as JSON.</summary>
    public required string AtsJson { get; set; }

    /// <summary><see cref="DocumentLayout"/> as JSON.</summary>
    public required string LayoutJson { get; set; }

    public DateTime UploadedAt { get; set; }

    /// <summary>How long the analysis took (extraction, parsing, ATS report); null for resumes stored before it was recorded.</summary>
    public long? AnalysisMs { get; set; }
}
