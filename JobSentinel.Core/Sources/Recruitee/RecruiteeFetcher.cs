using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.Recruitee;

/// <summary>Recruitee's careers-site API of one company.</summary>
public sealed class RecruiteeFetcher(HttpClient http) : ISourceFetcher
{
    private readonly BoardClient _client = new(http, "Recruitee");

    public SourceType Type => SourceType.Recruitee;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var company = Uri.EscapeDataString(request.Board!);
        var json = await _client.GetJsonAsync(request.ApiUri($"https://{company}.recruitee.com", "/api/offers/"), request, cancellationToken);
        return RecruiteeParser.Parse(json, request.Board!);
    }
}
