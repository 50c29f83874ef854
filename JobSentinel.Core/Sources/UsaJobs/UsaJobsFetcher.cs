using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.UsaJobs;

/// <summary>USAJOBS search API: an API key and the registered e-mail as User-Agent, pages of 500.</summary>
public sealed class UsaJobsFetcher(HttpClient http) : ISourceFetcher
{
    private const int PageSize = 500;
    private const int MaxPages = 40;
    private readonly BoardClient _client = new(http, "USAJOBS");

    public SourceType Type => SourceType.Usajobs;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var apiKey = request.Option("apiKey") ?? throw new SourceFormatException("USAJOBS needs the option 'apiKey' (the stored key could not be read).");
        var email = request.Option("email") ?? throw new SourceFormatException("USAJOBS needs the option 'email'.");
        var filters = "";
        if (request.Option("keyword") is { } keyword)
        {
            filters += "&Keyword=" + Uri.EscapeDataString(keyword);
        }

        if (request.Option("location") is { } location)
        {
            filters += "&LocationName=" + Uri.EscapeDataString(location);
        }

        List<RawPosting> all = [];
        for (var page = 1; page <= MaxPages; page++)
        {
            var json = await _client.GetJsonAsync(
                request.ApiUri("https://data.usajobs.gov", $"/api/Search?ResultsPerPage={PageSize}&Page={page}{filters}"),
                request,
                cancellationToken,
                message =>
                {
                    message.Headers.TryAddWithoutValidation("Authorization-Key", apiKey);
                    message.Headers.Remove("User-Agent");
                    message.Headers.TryAddWithoutValidation("User-Agent", email);
                });
            var result = UsaJobsParser.ParsePage(json);
            all.AddRange(result.Postings);
            request.Progress.Fetched(all.Count);
            if (page >= result.NumberOfPages || result.Postings.Count == 0)
            {
                break;
            }
        }

        return all;
    }
}
