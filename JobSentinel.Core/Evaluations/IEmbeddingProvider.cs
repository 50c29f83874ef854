namespace JobSentinel.Core.Evaluations;

/// <summary>
/// Turns texts into vectors for the soft match (e.g. an OpenAI-compatible <c>/v1/embeddings</c> endpoint).
/// The default is <see cref="NoEmbeddings"/>: the soft match then uses term weighting, fully offline.
/// </summary>
public interface IEmbeddingProvider
{
    /// <summary>False when no provider is configured; the engine then never calls <see cref="EmbedAsync"/>.</summary>
    bool IsAvailable { get; }

    /// <summary>One vector per text, in order.</summary>
    Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
