namespace JobSentinel.Core.Pipeline;

/// <summary>One row of <c>GET /documents</c>: no section text.</summary>
public sealed record DocumentListItem(
    long Id,
    DocumentKind Kind,
    string Title,
    long? RunId,
    long? JobId,
    long ResumeId,
    string? JobTitle,
    string? Company,
    string? Provider,
    DateTime UpdatedAt);
