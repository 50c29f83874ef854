namespace JobSentinel.Core.Applications;

/// <summary>Filters of the application list: statuses (none = all) and words that must all appear in title, company or notes.</summary>
public sealed record ApplicationQuery(IReadOnlyList<ApplicationStatus>? Statuses = null, string? Q = null, int Page = 1, int PageSize = 50);
