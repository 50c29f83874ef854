namespace JobSentinel.Core.Data;

/// <summary>A page of a list, in the shape every list endpoint answers.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
