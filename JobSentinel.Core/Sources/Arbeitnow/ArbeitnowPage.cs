using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Sources.Arbeitnow;

/// <summary>One page of Arbeitnow's job board; <see cref="NextUrl"/> is null on the last page.</summary>
public sealed record ArbeitnowPage(IReadOnlyList<RawPosting> Postings, string? NextUrl);
