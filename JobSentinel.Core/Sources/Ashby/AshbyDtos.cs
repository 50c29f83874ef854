namespace JobSentinel.Core.Sources.Ashby;

// The fields of GET /posting-api/job-board/{board}?includeCompensation=true that the parser reads.
internal sealed record AshbyJob(
    string? Id,
    string? Title,
    string? Department,
    string? Team,
    string? EmploymentType,
    string? Location,
    IReadOnlyList<AshbySecondaryLocation?>? SecondaryLocations,
    string? PublishedAt,
    string? UpdatedAt,
    bool? IsListed,
    bool? IsRemote,
    string? WorkplaceType,
    string? JobUrl,
    string? ApplyUrl,
    string? DescriptionHtml,
    string? DescriptionPlain,
    AshbyCompensation? Compensation);

internal sealed record AshbySecondaryLocation(string? Location);

internal sealed record AshbyCompensation(
    IReadOnlyList<AshbyCompensationTier?>? CompensationTiers,
    IReadOnlyList<AshbyCompensationComponent?>? SummaryComponents);

// A pay zone ("Zone A", "US – Tier 1") with its salary, equity and bonus components.
internal sealed record AshbyCompensationTier(IReadOnlyList<AshbyCompensationComponent?>? Components);

internal sealed record AshbyCompensationComponent(
    string? CompensationType,
    string? Interval,
    string? CurrencyCode,
    decimal? MinValue,
    decimal? MaxValue);
