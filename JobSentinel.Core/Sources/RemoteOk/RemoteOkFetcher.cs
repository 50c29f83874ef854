using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.RemoteOk;

/// <summary>RemoteOK's public API (its terms ask for a descriptive User-Agent and a link back).</summary>
public sealed class RemoteOkFetcher(HttpClient http) : ISourceFetcher
{
    private readonly BoardClient _client = new(http, "RemoteOK");

    public SourceType Type => SourceType.Remoteok;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken) =>
        RemoteOkParser.Parse(await _client.GetJsonAsync(request.ApiUri("https://remoteok.com", "/api"), request, cancellationToken));
}
