using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Sources.UsaJobs;

/// <summary>One page of a USAJOBS search, with the page count and total the search reports.</summary>
public sealed record UsaJobsPage(IReadOnlyList<RawPosting> Postings, int NumberOfPages, int TotalCount);
