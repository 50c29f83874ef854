namespace JobSentinel.Core.Pipeline;

/// <summary>A document a run produced; <see cref="Provider"/> says which path wrote it ("template" or the LLM).</summary>
public sealed record PipelineDocumentView(long Id, DocumentKind Kind, string Title, string? Provider);
