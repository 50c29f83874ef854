namespace JobSentinel.Core.Postings;

/// <summary>
/// A job, normalised, possibly seen on several boards (one <see cref="JobSighting"/> per source).
/// Identity across boards: company + normalised title + location (<see cref="DedupKey"/>).
/// </summary>
public sealed class JobPosting
{
    public long Id { get; set; }

    public required string DedupKey { get; set; }

    public required string Title { get; set; }

    public required string Company { get; set; }

    public string? Location { get; set; }

    /// <summary>JSON array of every location.</summary>
    public string LocationsJson { get; set; } = "[]";

    public WorkplaceType Workplace { get; set; }

    public double? SalaryMin { get; set; }

    public double? SalaryMax { get; set; }

    public string? SalaryCurrency { get; set; }

    public SalaryPeriod? SalaryPeriod { get; set; }

    /// <summary>Midpoint per year in US dollars (offline FX table); shown in the user's currency.</summary>
    public double? SalaryAnnualUsd { get; set; }

    public string? EmploymentType { get; set; }

    public string? Department { get; set; }

    public DateTime? PostedAt { get; set; }

    public DateTime? BoardUpdatedAt { get; set; }

    /// <summary>When it was posted, or first seen when the board gives no date: the default order.</summary>
    public DateTime SortDate { get; set; }

    /// <summary>Canonical URL (tracking parameters removed).</summary>
    public string? Url { get; set; }

    public string? ApplyUrl { get; set; }

    public string TagsJson { get; set; } = "[]";

    /// <summary>The source that first found it.</summary>
    public int PrimarySourceId { get; set; }

    public DateTime FirstSeenAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    /// <summary>How many runs (of any source) have seen it.</summary>
    public int TimesSeen { get; set; }

    public JobStatus Status { get; set; }

    public DateTime? ClosedAt { get; set; }

    public bool Starred { get; set; }

    public bool Hidden { get; set; }

    public string? Notes { get; set; }

    public JobFeedback Feedback { get; set; }
}
