namespace JobSentinel.Core.Postings;

/// <summary>
/// One posting as a board delivers it, before normalisation: parsers fill what the board states and
/// leave the rest null. Text fields are as delivered (HTML may still be entity-escaped).
/// </summary>
public sealed record RawPosting
{
    /// <summary>The board's own id of the posting (else its canonical URL): identity within a source.</summary>
    public required string ExternalId { get; init; }

    public required string Title { get; init; }

    /// <summary>Null when the board does not name the company (Lever, Ashby): the source's board name is used then.</summary>
    public string? Company { get; init; }

    /// <summary>The location as displayed by the board.</summary>
    public string? Location { get; init; }

    /// <summary>All locations the board lists (primary first); may be empty when only <see cref="Location"/> is known.</summary>
    public IReadOnlyList<string> Locations { get; init; } = [];

    /// <summary>Remote/hybrid/onsite when the board states it explicitly (e.g. Ashby's or Lever's workplaceType).</summary>
    public WorkplaceType? Workplace { get; init; }

    /// <summary>A board's plain remote flag (RemoteOK, Arbeitnow, Workable's telecommuting), weaker than <see cref="Workplace"/>.</summary>
    public bool? RemoteFlag { get; init; }

    public string? Url { get; init; }

    public string? ApplyUrl { get; init; }

    /// <summary>Description HTML exactly as delivered (may be entity-escaped or double-escaped).</summary>
    public string? DescriptionHtml { get; init; }

    /// <summary>Plain-text description, when the board only gives text.</summary>
    public string? DescriptionText { get; init; }

    public DateTime? PostedAt { get; init; }

    public DateTime? UpdatedAt { get; init; }

    public string? EmploymentType { get; init; }

    public string? Department { get; init; }

    /// <summary>Structured salary when the board gives one (null when unknown; a board's 0 means unknown).</summary>
    public decimal? SalaryMin { get; init; }

    public decimal? SalaryMax { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string? SalaryCurrency { get; init; }

    public SalaryPeriod? SalaryPeriod { get; init; }

    /// <summary>Free-text salary ("$75k - $105k", "$34.62/hour") when the board gives no structured one.</summary>
    public string? SalaryText { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
