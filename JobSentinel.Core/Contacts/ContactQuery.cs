namespace JobSentinel.Core.Contacts;

/// <summary>Filters of the contacts list: <see cref="Company"/> exact (case-insensitive), <see cref="Q"/> a substring of name, email, role or notes.</summary>
public sealed record ContactQuery(string? Company = null, string? Q = null, string? Source = null, int Page = 1, int PageSize = 50);
