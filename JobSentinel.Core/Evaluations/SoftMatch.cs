namespace JobSentinel.Core.Evaluations;

/// <summary>Term-weighted similarity of the whole texts, 0–100; <paramref name="Method"/> says how ("bm25", "tfidf", "embeddings").</summary>
public sealed record SoftMatch(int Score, string Method);
