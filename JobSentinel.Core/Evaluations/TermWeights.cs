namespace JobSentinel.Core.Evaluations;

/// <summary>
/// Inverse document frequencies for the soft match and keywords: idf = ln((1 + N) / (1 + df)) + 1 over a
/// corpus of N job descriptions. With no corpus (one job evaluated alone) every term weighs 1 and the stop
/// lists alone keep common words out; the ranker uses the N postings it ranks as the corpus.
/// </summary>
internal sealed class TermWeights
{
    public static readonly TermWeights Uniform = new(null);

    private readonly double[]? _idf;
    private readonly double _unseen;

    private TermWeights(double[]? idf)
    {
        _idf = idf;
        _unseen = idf is { Length: > 0 } ? idf.Max() : 1;
    }

    public static TermWeights FromDocumentFrequencies(int[] documentFrequencies, int documents) =>
        new([.. documentFrequencies.Select(df => Math.Log((1.0 + documents) / (1.0 + df)) + 1)]);

    // Terms the corpus never saw (the resume's own words) get the largest weight, as if df were 0.
    public double Idf(int termId) => _idf is null ? 1 : (uint)termId < (uint)_idf.Length ? _idf[termId] : _unseen;
}
