using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.Arbeitnow;

/// <summary>Arbeitnow's job board API, following links.next until it is null.</summary>
public sealed class ArbeitnowFetcher(HttpClient http) : ISourceFetcher
{
    private const string Host = "https://www.arbeitnow.com";
    private const int MaxPages = 200;
    private readonly BoardClient _client = new(http, "Arbeitnow");

    public SourceType Type => SourceType.Arbeitnow;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        List<RawPosting> all = [];
        HashSet<string> visited = [];
        var next = request.ApiUri(Host, "/api/job-board-api?page=1");
        for (var page = 0; page < MaxPages && visited.Add(next.PathAndQuery); page++)
        {
            var result = ArbeitnowParser.ParsePage(await _client.GetJsonAsync(next, request, cancellationToken));
            all.AddRange(result.Postings);
            request.Progress.Fetched(all.Count);
            if (result.NextUrl is null || !Uri.TryCreate(result.NextUrl, UriKind.Absolute, out var link) || result.Postings.Count == 0)
            {
                break;
            }

            // links.next names the real host: keep only its path and query so a base URL override still applies.
            next = request.ApiUri(Host, link.PathAndQuery);
        }

        return all;
    }
}
