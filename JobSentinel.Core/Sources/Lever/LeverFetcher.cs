using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.Lever;

/// <summary>Lever postings API, paged by 100 (skip/limit) until a short page.</summary>
public sealed class LeverFetcher(HttpClient http) : ISourceFetcher
{
    private const int PageSize = 100;
    private const int MaxPages = 500;
    private readonly BoardClient _client = new(http, "Lever");

    public SourceType Type => SourceType.Lever;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var site = Uri.EscapeDataString(request.Board!);
        var host = request.Option("region") is "eu" ? "https://api.eu.lever.co" : "https://api.lever.co";
        List<RawPosting> all = [];
        HashSet<string> seen = [];
        for (var page = 0; page < MaxPages; page++)
        {
            var json = await _client.GetJsonAsync(
                request.ApiUri(host, $"/v0/postings/{site}?mode=json&skip={page * PageSize}&limit={PageSize}"), request, cancellationToken);
            var postings = LeverParser.ParsePage(json, request.Board!);
            var fresh = postings.Where(p => seen.Add(p.ExternalId)).ToList();
            all.AddRange(fresh);
            request.Progress.Fetched(all.Count);

            // Some boards ignore skip and answer the first page again: stop when a page brings nothing new.
            if (postings.Count < PageSize || fresh.Count == 0)
            {
                break;
            }
        }

        return all;
    }
}
