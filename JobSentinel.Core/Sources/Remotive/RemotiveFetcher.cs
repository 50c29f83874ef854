using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.Remotive;

/// <summary>Remotive's API (at most 4 calls a day: enforced by the schedule check and "run now").</summary>
public sealed class RemotiveFetcher(HttpClient http) : ISourceFetcher
{
    private readonly BoardClient _client = new(http, "Remotive");

    public SourceType Type => SourceType.Remotive;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (request.Option("category") is { } category)
        {
            query.Add("category=" + Uri.EscapeDataString(category));
        }

        if (request.Option("search") is { } search)
        {
            query.Add("search=" + Uri.EscapeDataString(search));
        }

        var path = "/api/remote-jobs" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        return RemotiveParser.Parse(await _client.GetJsonAsync(request.ApiUri("https://remotive.com", path), request, cancellationToken));
    }
}
