using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.Ashby;

/// <summary>Ashby posting API with compensation, the whole board in one request.</summary>
public sealed class AshbyFetcher(HttpClient http) : ISourceFetcher
{
    private readonly BoardClient _client = new(http, "Ashby");

    public SourceType Type => SourceType.Ashby;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var board = Uri.EscapeDataString(request.Board!);
        var json = await _client.GetJsonAsync(
            request.ApiUri("https://api.ashbyhq.com", $"/posting-api/job-board/{board}?includeCompensation=true"), request, cancellationToken);
        return AshbyParser.Parse(json, request.Board!);
    }
}
