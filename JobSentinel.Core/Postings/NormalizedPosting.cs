namespace JobSentinel.Core.Postings;

/// <summary>A posting ready for the store: cleaned, sanitized, with its identity keys.</summary>
public sealed record NormalizedPosting
{
    public required string ExternalId { get; init; }

    /// <summary>Company + normalised title + location: groups the same role seen on several boards.</summary>
    public required string DedupKey { get; init; }

    /// <summary>Hash of the raw content; equal hashes mean nothing but the sighting changed.</summary>
    public required long ContentHash { get; init; }

    /// <summary>True when the store already holds this content: sanitising was skipped and only the sighting is bumped.</summary>
    public bool ContentUnchanged { get; init; }

    public required string Title { get; init; }

    public required string Company { get; init; }

    public string? Location { get; init; }

    public IReadOnlyList<string> Locations { get; init; } = [];

    public WorkplaceType Workplace { get; init; }

    public double? SalaryMin { get; init; }

    public double? SalaryMax { get; init; }

    public string? SalaryCurrency { get; init; }

    public SalaryPeriod? SalaryPeriod { get; init; }

    public double? SalaryAnnualUsd { get; init; }

    public string? EmploymentType { get; init; }

    public string? Department { get; init; }

    public DateTime? PostedAt { get; init; }

    public DateTime? BoardUpdatedAt { get; init; }

    public string? Url { get; init; }

    public string? ApplyUrl { get; init; }

    /// <summary>Sanitized HTML (null when <see cref="ContentUnchanged"/>).</summary>
    public string? DescriptionHtml { get; init; }

    public string? DescriptionText { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
