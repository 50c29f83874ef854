using System.Globalization;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.Hn;

/// <summary>
/// Hacker News "Who is hiring" through Algolia: the newest thread by whoishiring (or the storyId
/// option), then its comments page by page; only top-level comments are postings.
/// </summary>
public sealed class HnFetcher(HttpClient http) : ISourceFetcher
{
    private const string Host = "https://hn.algolia.com";
    private const int MaxPages = 50;
    private readonly BoardClient _client = new(http, "Hacker News (Algolia)");

    public SourceType Type => SourceType.Hn;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var storyId = request.Option("storyId");
        if (storyId is null)
        {
            var stories = await _client.GetJsonAsync(
                request.ApiUri(Host, "/api/v1/search_by_date?tags=story,author_whoishiring&hitsPerPage=20"), request, cancellationToken);
            storyId = HnParser.FindLatestStory(stories)?.StoryId.ToString(CultureInfo.InvariantCulture)
                ?? throw new SourceFormatException("Algolia lists no \"Who is hiring\" thread by whoishiring; set the option 'storyId'.");
        }

        List<RawPosting> all = [];
        for (var page = 0; page < MaxPages; page++)
        {
            var json = await _client.GetJsonAsync(
                request.ApiUri(Host, $"/api/v1/search?tags=comment,story_{Uri.EscapeDataString(storyId)}&hitsPerPage=1000&page={page}"), request, cancellationToken);
            var result = HnParser.ParsePage(json);
            all.AddRange(result.Postings);
            request.Progress.Fetched(all.Count);
            if (page + 1 >= result.NbPages)
            {
                break;
            }
        }

        return all;
    }
}
