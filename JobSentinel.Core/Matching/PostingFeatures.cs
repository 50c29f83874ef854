using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Matching;

/// <summary>
/// What the scorer reads of a posting. Salaries are yearly, converted to the profile's currency
/// by the caller (null when the posting states none).
/// </summary>
public sealed record PostingFeatures
{
    public long Id { get; init; }

    public required string Title { get; init; }

    public required string Company { get; init; }

    public string? Location { get; init; }

    public IReadOnlyList<string> Locations { get; init; } = [];

    public WorkplaceType Workplace { get; init; }

    /// <summary>Yearly midpoint of the stated range.</summary>
    public double? SalaryAnnualMid { get; init; }

    /// <summary>Yearly top of the stated range (the midpoint when only one figure is stated).</summary>
    public double? SalaryAnnualMax { get; init; }

    /// <summary>Posted date, or first seen when the board gives none.</summary>
    public DateTime PostedAt { get; init; }
}
