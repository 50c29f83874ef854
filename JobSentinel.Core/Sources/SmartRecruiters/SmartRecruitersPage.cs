using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Sources.SmartRecruiters;

/// <summary>
/// One page of SmartRecruiters postings with the paging numbers the caller needs to ask for the next
/// (an unknown company answers 200 with <c>totalFound: 0</c>, which reads as an empty board).
/// </summary>
public sealed record SmartRecruitersPage(int TotalFound, int Offset, int Limit, IReadOnlyList<RawPosting> Postings);
