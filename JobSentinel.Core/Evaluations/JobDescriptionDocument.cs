using JobSentinel.Core.Documents;

namespace JobSentinel.Core.Evaluations;

/// <summary>A job description pasted or uploaded by the user (not a scraped posting) to evaluate resumes against.</summary>
public sealed class JobDescriptionDocument
{
    public long Id { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    /// <summary>The uploaded file's name; null when pasted.</summary>
    public string? FileName { get; set; }

    /// <summary>Random file name under the uploads folder; null when pasted or removed by retention.</summary>
    public string? StoredName { get; set; }

    public FileFormat Format { get; set; }

    public DateTime CreatedAt { get; set; }
}
