namespace JobSentinel.Core.Sources.Recruitee;

// The fields of GET https://{company}.recruitee.com/api/offers/ that the parser reads.
internal sealed record RecruiteeOffer(
    string? Id,
    string? Slug,
    string? Title,
    string? Status,
    string? Description,
    string? Requirements,
    string? Location,
    string? City,
    string? State,
    string? Country,
    IReadOnlyList<RecruiteeLocation?>? Locations,
    bool? Remote,
    bool? Hybrid,
    bool? OnSite,
    string? CreatedAt,
    string? PublishedAt,
    string? CareersUrl,
    string? CareersApplyUrl,
    string? EmploymentTypeCode,
    string? Department,
    string? CompanyName,
    RecruiteeSalary? Salary);

internal sealed record RecruiteeLocation(string? Name, string? City, string? State, string? Country);

// Amounts often arrive as text ("4000"); period is "year", "month", "hour"...
internal sealed record RecruiteeSalary(decimal? Min, decimal? Max, string? Currency, string? Period);
