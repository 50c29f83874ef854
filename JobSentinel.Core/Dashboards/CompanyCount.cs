namespace JobSentinel.Core.Dashboards;

/// <summary>A company and how many open postings it has in the range.</summary>
public sealed record CompanyCount(string Company, int Count);
