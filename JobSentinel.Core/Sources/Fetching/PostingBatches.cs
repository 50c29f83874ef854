using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Sources.Fetching;

/// <summary>
/// A board's postings as a run reads them: how many the board listed, and the postings in batches. A large
/// board's batches may still be read from its JSON as they are taken, so that normalising and storing the
/// first batches overlaps with reading the rest. The batches can be read once.
/// </summary>
public sealed class PostingBatches(int count, IEnumerable<RawPosting[]> batches)
{
    public const int BatchSize = 500;

    /// <summary>The postings the board listed; entries that turn out unreadable are counted too.</summary>
    public int Count { get; } = count;

    public IEnumerable<RawPosting[]> Batches { get; } = batches;

    public static PostingBatches Of(IReadOnlyList<RawPosting> postings) => new(postings.Count, postings.Chunk(BatchSize));
}
