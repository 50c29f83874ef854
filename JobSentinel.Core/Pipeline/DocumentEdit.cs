namespace JobSentinel.Core.Pipeline;

/// <summary>The body of <c>PUT /documents/{id}</c>: a field left out keeps its value; <c>sections</c> replaces the whole list.</summary>
public sealed record DocumentEdit(string? Title, IReadOnlyList<DocumentSection?>? Sections);
