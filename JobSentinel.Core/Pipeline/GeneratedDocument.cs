namespace JobSentinel.Core.Pipeline;

/// <summary>
/// A tailored CV, cover letter or outreach draft: sections the user can edit, next to the generated version
/// they can restore. Deleting its resume deletes it.
/// </summary>
public sealed class GeneratedDocument
{
    public long Id { get; set; }

    /// <summary>The run that produced it; null once that run is deleted.</summary>
    public long? RunId { get; set; }

    public long? JobId { get; set; }

    public long ResumeId { get; set; }

    public DocumentKind Kind { get; set; }

    public required string Title { get; set; }

    /// <summary>JSON list of <c>{name, heading, text}</c>: the current (possibly edited) sections.</summary>
    public string SectionsJson { get; set; } = "[]";

    /// <summary>The sections as generated, for "restore generated version".</summary>
    public string GeneratedSectionsJson { get; set; } = "[]";

    /// <summary>"template" or "llm:{provider} ({model})": which path produced the text.</summary>
    public string? Provider { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
