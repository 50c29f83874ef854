namespace JobSentinel.Core.Postings;

/// <summary>One board that lists a posting.</summary>
public sealed record JobSourceView(int SourceId, string Name, string Type, string? Url, DateTime FirstSeenAt, DateTime LastSeenAt, int TimesSeen, bool Open);
