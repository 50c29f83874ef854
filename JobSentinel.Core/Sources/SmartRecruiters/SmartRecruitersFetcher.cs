using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.SmartRecruiters;

/// <summary>SmartRecruiters postings API: pages of 100, then one detail request per posting for its description.</summary>
public sealed class SmartRecruitersFetcher(HttpClient http) : ISourceFetcher
{
    private const int PageSize = 100;
    private const int MaxPages = 200;
    private const string Host = "https://api.smartrecruiters.com";
    private readonly BoardClient _client = new(http, "SmartRecruiters");

    public SourceType Type => SourceType.Smartrecruiters;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var company = Uri.EscapeDataString(request.Board!);
        List<RawPosting> summaries = [];
        for (var page = 0; page < MaxPages; page++)
        {
            var json = await _client.GetJsonAsync(
                request.ApiUri(Host, $"/v1/companies/{company}/postings?limit={PageSize}&offset={page * PageSize}"), request, cancellationToken);
            var result = SmartRecruitersParser.ParseList(json, request.Board!);
            if (page == 0 && result.TotalFound == 0)
            {
                // An unknown company id answers 200 with nothing rather than 404.
                throw new SourceFormatException(
                    $"SmartRecruiters lists no postings at all for '{request.Board}': check the company id (an unknown id answers this way).");
            }

            summaries.AddRange(result.Postings);
            request.Progress.Fetched(summaries.Count);
            if (result.Postings.Count == 0 || summaries.Count >= result.TotalFound)
            {
                break;
            }
        }

        List<RawPosting> postings = new(summaries.Count);
        foreach (var summary in summaries)
        {
            var detail = await _client.GetJsonAsync(
                request.ApiUri(Host, $"/v1/companies/{company}/postings/{Uri.EscapeDataString(summary.ExternalId)}"), request, cancellationToken);
            postings.Add(summary with { DescriptionHtml = SmartRecruitersParser.ParseDescription(detail) ?? summary.DescriptionHtml });
        }

        return postings;
    }
}
