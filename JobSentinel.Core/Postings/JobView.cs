namespace JobSentinel.Core.Postings;

/// <summary>A posting in the SPEC's shape (<c>job</c>). Lists leave the description out.</summary>
public sealed record JobView
{
    public long Id { get; init; }

    public required string Title { get; init; }

    public required string Company { get; init; }

    public string? Location { get; init; }

    public IReadOnlyList<string> Locations { get; init; } = [];

    public bool Remote { get; init; }

    public WorkplaceType WorkplaceType { get; init; }

    public double? SalaryMin { get; init; }

    public double? SalaryMax { get; init; }

    public string? Currency { get; init; }

    public SalaryPeriod? SalaryPeriod { get; init; }

    /// <summary>Midpoint per year in <see cref="AnnualizedCurrency"/>.</summary>
    public double? SalaryAnnualized { get; init; }

    public required string AnnualizedCurrency { get; init; }

    public string? EmploymentType { get; init; }

    public string? Department { get; init; }

    public string? Url { get; init; }

    public string? ApplyUrl { get; init; }

    /// <summary>Name of the source that first found it.</summary>
    public string? Source { get; init; }

    public IReadOnlyList<JobSourceView> Sources { get; init; } = [];

    public DateTime? PostedAt { get; init; }

    public DateTime FirstSeenAt { get; init; }

    public DateTime LastSeenAt { get; init; }

    public int TimesSeen { get; init; }

    public JobStatus Status { get; init; }

    public double? Score { get; init; }

    public IReadOnlyList<string> ScoreReasons { get; init; } = [];

    /// <summary>The profile this posting matches best (the one <see cref="Score"/> and the reasons are for).</summary>
    public string? ProfileName { get; init; }

    public bool Starred { get; init; }

    public bool Hidden { get; init; }

    public string? Notes { get; init; }

    public JobFeedback Feedback { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Sanitized HTML (detail only).</summary>
    public string? Description { get; init; }

    public string? DescriptionText { get; init; }
}
