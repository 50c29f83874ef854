namespace JobSentinel.Core.Postings;

/// <summary>What one run's ingest changed in the store.</summary>
public sealed record IngestResult(int Found, int New, int Updated, int Closed, IReadOnlyList<long> NewJobIds, IReadOnlyList<long> UpdatedJobIds);
