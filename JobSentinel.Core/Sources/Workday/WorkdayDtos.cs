namespace JobSentinel.Core.Sources.Workday;

// One entry of POST /wday/cxs/{tenant}/{site}/jobs; bulletFields usually starts with the requisition id.
internal sealed record WorkdayListItem(
    string? Title,
    string? ExternalPath,
    string? LocationsText,
    string? PostedOn,
    IReadOnlyList<string?>? BulletFields);

// jobPostingInfo of GET /wday/cxs/{tenant}/{site}{externalPath}.
internal sealed record WorkdayPostingInfo(
    string? Title,
    string? JobDescription,
    string? Location,
    IReadOnlyList<string?>? AdditionalLocations,
    string? StartDate,
    string? TimeType,
    string? JobReqId,
    string? ExternalUrl,
    string? RemoteType);

internal sealed record WorkdayOrganization(string? Name);
