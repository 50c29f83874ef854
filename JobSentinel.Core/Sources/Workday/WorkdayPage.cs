using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Sources.Workday;

/// <summary>
/// One page of a Workday job search. Large tenants fill <see cref="Total"/> on the first page only
/// (later pages answer 0), so the caller keeps the first page's total for paging.
/// </summary>
public sealed record WorkdayPage(int Total, IReadOnlyList<RawPosting> Postings);
