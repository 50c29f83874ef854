namespace JobSentinel.Core.Pipeline;

/// <summary>What the stored postings say about a company: the data of the company cache and of the research step.</summary>
public sealed record CompanyProfile(
    string Company,
    int OpenRoles,
    IReadOnlyList<string> Locations,
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> Technologies,
    double? SalaryMin,
    double? SalaryMax,
    string? Currency,
    string Summary,
    DateTime ResearchedAt);
