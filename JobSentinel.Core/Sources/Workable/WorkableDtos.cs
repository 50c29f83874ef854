namespace JobSentinel.Core.Sources.Workable;

// The fields of GET /api/v1/widget/accounts/{slug}?details=true that the parser reads.
internal sealed record WorkableJob(
    string? Title,
    string? Shortcode,
    string? EmploymentType,
    bool? Telecommuting,
    string? Department,
    string? Url,
    string? Shortlink,
    string? ApplicationUrl,
    string? PublishedOn,
    string? CreatedAt,
    string? City,
    string? State,
    string? Country,
    string? Description,
    IReadOnlyList<WorkableLocation?>? Locations);

// Newer widget answers also list every location of the job; hidden ones are not shown on the board.
internal sealed record WorkableLocation(string? City, string? Region, string? Country, bool? Hidden);
