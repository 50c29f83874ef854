using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.Greenhouse;

/// <summary>Greenhouse boards API: the whole board with content in one request.</summary>
public sealed class GreenhouseFetcher(HttpClient http) : ISourceFetcher
{
    private readonly BoardClient _client = new(http, "Greenhouse");

    public SourceType Type => SourceType.Greenhouse;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken) =>
        GreenhouseParser.Parse(await GetBoardAsync(request, cancellationToken), request.Board!);

    public async Task<PostingBatches> FetchInBatchesAsync(FetchRequest request, CancellationToken cancellationToken) =>
        GreenhouseParser.ParseInBatches(await GetBoardAsync(request, cancellationToken), request.Board!);

    private Task<string> GetBoardAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var board = Uri.EscapeDataString(request.Board!);
        return _client.GetJsonAsync(request.ApiUri("https://boards-api.greenhouse.io", $"/v1/boards/{board}/jobs?content=true"), request, cancellationToken);
    }
}
