using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.Workable;

/// <summary>Workable widget API with details, one request.</summary>
public sealed class WorkableFetcher(HttpClient http) : ISourceFetcher
{
    private readonly BoardClient _client = new(http, "Workable");

    public SourceType Type => SourceType.Workable;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var slug = Uri.EscapeDataString(request.Board!);
        var json = await _client.GetJsonAsync(
            request.ApiUri("https://apply.workable.com", $"/api/v1/widget/accounts/{slug}?details=true"), request, cancellationToken);
        return WorkableParser.Parse(json, request.Board!);
    }
}
