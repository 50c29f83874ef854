namespace JobSentinel.Core.Sources.Fetching;

/// <summary>What a fetcher needs to read one source (a stored one, or a definition being tested).</summary>
public sealed record FetchRequest(
    string Name,
    SourceType Type,
    string? Board,
    string? Url,
    string? BaseUrl,
    IReadOnlyDictionary<string, string> Options,
    IFetchProgress Progress)
{
    /// <summary>The real API's scheme, host and port, replaced by <see cref="BaseUrl"/> when one is set.</summary>
    public Uri ApiUri(string defaultBase, string pathAndQuery)
    {
        var root = new Uri(string.IsNullOrWhiteSpace(BaseUrl) ? defaultBase : BaseUrl, UriKind.Absolute);
        return new Uri(new Uri(root.GetLeftPart(UriPartial.Authority) + "/"), pathAndQuery.TrimStart('/'));
    }

    public string? Option(string key) => Options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
