namespace JobSentinel.Core.Sources.Greenhouse;

// The fields of GET /v1/boards/{token}/jobs?content=true that the parser reads; the rest is ignored.
internal sealed record GreenhouseJob(
    string? Id,
    string? Title,
    string? CompanyName,
    string? AbsoluteUrl,
    string? Content,
    string? FirstPublished,
    string? UpdatedAt,
    GreenhouseLocation? Location,
    IReadOnlyList<GreenhouseDepartment?>? Departments,
    IReadOnlyList<GreenhouseOffice?>? Offices);

internal sealed record GreenhouseLocation(string? Name);

internal sealed record GreenhouseDepartment(string? Name);

internal sealed record GreenhouseOffice(string? Name, string? Location);
