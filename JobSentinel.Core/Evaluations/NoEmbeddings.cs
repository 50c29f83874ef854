namespace JobSentinel.Core.Evaluations;

/// <summary>The offline default: no embeddings, the soft match uses term weighting.</summary>
public sealed class NoEmbeddings : IEmbeddingProvider
{
    public bool IsAvailable => false;

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No embeddings provider is configured.");
}
