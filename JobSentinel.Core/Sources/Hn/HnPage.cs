using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Sources.Hn;

/// <summary>One page of Algolia hits for a "Who is hiring" thread (<see cref="Page"/> counts from 0).</summary>
public sealed record HnPage(IReadOnlyList<RawPosting> Postings, int Page, int NbPages);
