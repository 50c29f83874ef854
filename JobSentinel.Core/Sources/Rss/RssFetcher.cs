using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.Rss;

/// <summary>Any RSS 2.0 or Atom feed (We Work Remotely's among them).</summary>
public sealed class RssFetcher(HttpClient http) : ISourceFetcher
{
    private readonly BoardClient _client = new(http, "The feed");

    public SourceType Type => SourceType.Rss;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var feed = new Uri(request.Url!);
        var xml = await _client.GetXmlAsync(request.ApiUri(feed.GetLeftPart(UriPartial.Authority), feed.PathAndQuery), request, cancellationToken);
        return FeedParser.Parse(xml, request.Url!);
    }
}
