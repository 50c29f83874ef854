using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.Workday;

/// <summary>Workday's public CXS API: the job list in pages of 20, then one detail request per posting.</summary>
public sealed class WorkdayFetcher(HttpClient http, TimeProvider timeProvider) : ISourceFetcher
{
    private const int PageSize = 20;
    private const int MaxPages = 500;
    private readonly BoardClient _client = new(http, "Workday");

    public SourceType Type => SourceType.Workday;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var parts = request.Board!.Split('/', 2);
        var (tenant, site) = (Uri.EscapeDataString(parts[0]), Uri.EscapeDataString(parts[1]));
        var host = request.BaseUrl!;
        List<RawPosting> listings = [];
        var total = 0;
        for (var page = 0; page < MaxPages; page++)
        {
            var json = await _client.PostJsonAsync(request.ApiUri(host, $"/wday/cxs/{tenant}/{site}/jobs"),
                new { appliedFacets = new { }, limit = PageSize, offset = page * PageSize, searchText = "" }, request, cancellationToken);
            var result = WorkdayParser.ParseList(json, timeProvider.GetUtcNow().UtcDateTime);

            // Large tenants fill "total" on the first page only and send 0 afterwards.
            total = page == 0 ? result.Total : total;
            listings.AddRange(result.Postings);
            request.Progress.Fetched(listings.Count);
            if (result.Postings.Count < PageSize || listings.Count >= total)
            {
                break;
            }
        }

        List<RawPosting> postings = new(listings.Count);
        foreach (var listing in listings)
        {
            var path = listing.Url ?? "";
            var detail = await _client.GetJsonAsync(request.ApiUri(host, $"/wday/cxs/{tenant}/{site}{path}"), request, cancellationToken);
            var posting = WorkdayParser.ParseDetail(detail, listing);
            var publicUrl = posting.Url is { } url && url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? url : $"{host.TrimEnd('/')}/{site}{path}";
            postings.Add(posting with { Url = publicUrl });
        }

        return postings;
    }
}
