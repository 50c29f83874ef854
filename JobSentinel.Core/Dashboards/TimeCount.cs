namespace JobSentinel.Core.Dashboards;

/// <summary>How many things happened in the bucket starting at <see cref="Start"/> (UTC).</summary>
public sealed record TimeCount(DateTime Start, int Count);
