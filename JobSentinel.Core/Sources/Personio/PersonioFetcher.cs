using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Core.Sources.Personio;

/// <summary>Personio's public XML feed of one company.</summary>
public sealed class PersonioFetcher(HttpClient http) : ISourceFetcher
{
    private readonly BoardClient _client = new(http, "Personio");

    public SourceType Type => SourceType.Personio;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var company = Uri.EscapeDataString(request.Board!);
        var xml = await _client.GetXmlAsync(request.ApiUri($"https://{company}.jobs.personio.de", "/xml?language=en"), request, cancellationToken);
        return PersonioParser.Parse(xml, request.Board!);
    }
}
