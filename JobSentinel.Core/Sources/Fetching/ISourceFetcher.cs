using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Sources.Fetching;

/// <summary>Reads every posting of one source type's board, paging as the board's API requires.</summary>
public interface ISourceFetcher
{
    SourceType Type { get; }

    Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// What a run stores: the same postings in batches. Fetchers of boards that arrive as one large answer read
    /// its postings batch by batch, as the run takes them; by default this is <see cref="FetchAsync"/>'s list.
    /// </summary>
    async Task<PostingBatches> FetchInBatchesAsync(FetchRequest request, CancellationToken cancellationToken) =>
        PostingBatches.Of(await FetchAsync(request, cancellationToken));
}
