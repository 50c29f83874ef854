using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Sources.Fetching;

/// <summary>Reads every posting of one source type's board, paging as the board's API requires.</summary>
public interface ISourceFetcher
{
    SourceType Type { get; }

    Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}
