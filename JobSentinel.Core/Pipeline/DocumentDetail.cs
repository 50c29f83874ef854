namespace JobSentinel.Core.Pipeline;

/// <summary>A generated document as the editor and <c>GET /documents/{id}</c> show it.</summary>
/// <param name="Edited">The current sections differ from the generated ones (restore would change something).</param>
public sealed record DocumentDetail(
    long Id,
    DocumentKind Kind,
    string Title,
    long? RunId,
    long? JobId,
    long ResumeId,
    string? JobTitle,
    string? Company,
    string? Provider,
    IReadOnlyList<DocumentSection> Sections,
    IReadOnlyList<DocumentSection> GeneratedSections,
    bool Edited,
    DateTime CreatedAt,
    DateTime UpdatedAt);
