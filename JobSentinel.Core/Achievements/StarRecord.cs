namespace JobSentinel.Core.Achievements;

/// <summary>
/// An achievement as Situation / Task / Action / Result, reused by tailored CVs, cover letters and messages.
/// Suggestions imported from a resume's bullets belong to that resume and go with it.
/// </summary>
public sealed class StarRecord
{
    public long Id { get; set; }

    /// <summary>The resume the record was suggested from; null for records written by hand.</summary>
    public long? ResumeId { get; set; }

    public required string Title { get; set; }

    public string Situation { get; set; } = "";

    public string Task { get; set; } = "";

    public string Action { get; set; } = "";

    public string Result { get; set; } = "";

    /// <summary>JSON list of skill names (canonical names of the skills taxonomy where known).</summary>
    public string SkillsJson { get; set; } = "[]";

    /// <summary>Employer and role the achievement belongs to, as written in the resume.</summary>
    public string? Company { get; set; }

    public string? Role { get; set; }

    /// <summary>The resume bullet a suggestion was made from.</summary>
    public string? SourceText { get; set; }

    public StarRecordStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
