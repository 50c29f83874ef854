namespace JobSentinel.Core.Sources.Lever;

// The fields of GET /v0/postings/{site}?mode=json that the parser reads; the rest is ignored.
internal sealed record LeverPosting(
    string? Id,
    string? Text,
    long? CreatedAt,
    LeverCategories? Categories,
    string? WorkplaceType,
    string? HostedUrl,
    string? ApplyUrl,
    string? Description,
    string? DescriptionPlain,
    IReadOnlyList<LeverList?>? Lists,
    string? Additional,
    string? AdditionalPlain,
    LeverSalaryRange? SalaryRange);

internal sealed record LeverCategories(
    string? Location,
    string? Commitment,
    string? Team,
    string? Department,
    IReadOnlyList<string?>? AllLocations);

// A titled bullet list ("What We Require"); content is the <li> items without the <ul>.
internal sealed record LeverList(string? Text, string? Content);

internal sealed record LeverSalaryRange(string? Currency, string? Interval, decimal? Min, decimal? Max);
