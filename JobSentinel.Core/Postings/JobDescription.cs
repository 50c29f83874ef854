namespace JobSentinel.Core.Postings;

/// <summary>
/// A posting's description, apart from <see cref="JobPosting"/>: each run rewrites every posting's
/// counters, and SQLite rewrites a whole row on update, so the kilobytes of text live in their own row.
/// </summary>
public sealed class JobDescription
{
    /// <summary>The <see cref="JobPosting.Id"/> it belongs to.</summary>
    public long JobId { get; set; }

    /// <summary>Sanitized HTML: safe to render.</summary>
    public string? Html { get; set; }

    public string? Text { get; set; }
}
