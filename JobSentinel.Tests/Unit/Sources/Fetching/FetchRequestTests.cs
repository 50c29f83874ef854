using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Tests.Unit.Sources.Fetching;

public sealed class FetchRequestTests
{
    private const string ApiHost = "https://boards-api.greenhouse.io";
    private const string ApiPath = "/v1/boards/acme/jobs?content=true";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ApiUri_NoBaseUrl_UsesTheDefaultHost(string? baseUrl)
    {
        var uri = Request(baseUrl).ApiUri(ApiHost, ApiPath);

        Assert.Equal("https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true", uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://127.0.0.1:8080/")]
    public void ApiUri_BaseUrl_ReplacesSchemeHostAndPortOnly(string baseUrl)
    {
        var uri = Request(baseUrl).ApiUri(ApiHost, ApiPath);

        Assert.Equal("http://127.0.0.1:8080/v1/boards/acme/jobs?content=true", uri.AbsoluteUri);
    }

    [Fact]
    public void ApiUri_BaseUrlWithAPath_KeepsTheApiPath()
    {
        var uri = Request("https://mirror.example.com/ignored/path?x=1").ApiUri(ApiHost, ApiPath);

        Assert.Equal("https://mirror.example.com/v1/boards/acme/jobs?content=true", uri.AbsoluteUri);
    }

    [Fact]
    public void ApiUri_PathWithoutLeadingSlash_IsJoinedToTheRoot()
    {
        var uri = Request(null).ApiUri("https://remoteok.com", "api");

        Assert.Equal("https://remoteok.com/api", uri.AbsoluteUri);
    }

    [Fact]
    public void ApiUri_DefaultHostWithTrailingSlash_GivesOneSlash()
    {
        var uri = Request(null).ApiUri("https://remoteok.com/", "/api");

        Assert.Equal("https://remoteok.com/api", uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("region", "eu")]
    [InlineData("storyId", "123")]
    public void Option_SetValue_IsTrimmed(string key, string expected)
    {
        var request = Request(null, new Dictionary<string, string> { ["region"] = " eu ", ["storyId"] = "123" });

        Assert.Equal(expected, request.Option(key));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("blank")]
    public void Option_MissingOrBlank_IsNull(string key)
    {
        var request = Request(null, new Dictionary<string, string> { ["blank"] = "  " });

        Assert.Null(request.Option(key));
    }

    private static FetchRequest Request(string? baseUrl, IReadOnlyDictionary<string, string>? options = null) =>
        new("Acme", SourceType.Greenhouse, "acme", null, baseUrl, options ?? new Dictionary<string, string>(), new NoProgress());

    private sealed class NoProgress : IFetchProgress
    {
        public void Request()
        {
        }

        public void Fetched(int postingsSoFar)
        {
        }
    }
}
