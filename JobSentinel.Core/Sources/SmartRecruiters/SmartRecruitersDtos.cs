namespace JobSentinel.Core.Sources.SmartRecruiters;

// The fields of GET /v1/companies/{id}/postings that the parser reads.
internal sealed record SmartRecruitersPosting(
    string? Id,
    string? Name,
    SmartRecruitersCompany? Company,
    string? ReleasedDate,
    SmartRecruitersLocation? Location,
    SmartRecruitersLabel? TypeOfEmployment,
    SmartRecruitersLabel? Department,
    string? Ref,
    string? PostingUrl,
    string? ApplyUrl);

internal sealed record SmartRecruitersCompany(string? Identifier, string? Name);

// fullLocation is the board's own display form, but it keeps empty parts ("Dubai, , United Arab Emirates").
internal sealed record SmartRecruitersLocation(
    string? City,
    string? Region,
    string? Country,
    string? FullLocation,
    bool? Remote,
    bool? Hybrid);

internal sealed record SmartRecruitersLabel(string? Label);

// GET /v1/companies/{id}/postings/{postingId}: the advert lives in jobAd.sections.
internal sealed record SmartRecruitersJobAd(SmartRecruitersSections? Sections);

internal sealed record SmartRecruitersSections(
    SmartRecruitersSection? CompanyDescription,
    SmartRecruitersSection? JobDescription,
    SmartRecruitersSection? Qualifications,
    SmartRecruitersSection? AdditionalInformation);

internal sealed record SmartRecruitersSection(string? Title, string? Text);
