using System.Text.Json;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.RemoteOk;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Unit.Sources.RemoteOk;

public sealed class RemoteOkParserTests
{
    private const string LegalNotice = """
        {"last_updated":1785777773,"legal":"API Terms of Service: Please link back to the URL on Remote OK and mention Remote OK as a source."}
        """;

    private const string Job = """
        {
          "slug": "remote-senior-go-engineer-acme-1130001",
          "id": "1130001",
          "epoch": 1785700000,
          "date": "2026-08-02T19:46:40+00:00",
          "company": " Acme ",
          "company_logo": "",
          "position": "Senior Go Engineer",
          "tags": ["golang", "backend", "dev"],
          "description": "<p>Build our payment APIs in Go.</p><br/><br/>Please mention the word **ZEST** and tag RMTc3LjE5 when applying to show you read the job post completely (#RMTc3LjE5). This is a beta feature to avoid spam applicants.",
          "location": "Worldwide",
          "apply_url": "https://remoteOK.com/l/1130001",
          "salary_min": 120000,
          "salary_max": 160000,
          "logo": "",
          "url": "https://remoteOK.com/remote-jobs/remote-senior-go-engineer-acme-1130001"
        }
        """;

    [Fact]
    public void Parse_LegalNoticeAsFirstElement_SkipsIt()
    {
        var postings = RemoteOkParser.Parse($"[{LegalNotice},{Job}]");

        Assert.Equal("1130001", Assert.Single(postings).ExternalId);
    }

    [Fact]
    public void Parse_Posting_MapsFields()
    {
        var posting = Assert.Single(RemoteOkParser.Parse($"[{Job}]"));

        Assert.Equal("Senior Go Engineer", posting.Title);
        Assert.Equal("Acme", posting.Company);
        Assert.Equal("Worldwide", posting.Location);
        Assert.Equal("https://remoteOK.com/remote-jobs/remote-senior-go-engineer-acme-1130001", posting.Url);
        Assert.Equal("https://remoteOK.com/l/1130001", posting.ApplyUrl);
        Assert.Equal(["golang", "backend", "dev"], posting.Tags);
        Assert.StartsWith("<p>Build our payment APIs in Go.</p>", posting.DescriptionHtml);
    }

    [Fact]
    public void Parse_AnyPosting_IsFlaggedRemote()
    {
        var posting = Assert.Single(RemoteOkParser.Parse($"[{Job}]"));

        Assert.True(posting.RemoteFlag);
    }

    [Fact]
    public void Parse_Epoch_GivesUtcPostedAt()
    {
        var posting = Assert.Single(RemoteOkParser.Parse($"[{Job}]"));

        Assert.Equal(new DateTime(2026, 8, 2, 19, 46, 40, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal(DateTimeKind.Utc, posting.PostedAt!.Value.Kind);
    }

    [Fact]
    public void Parse_NoEpoch_TakesDateConvertedToUtc()
    {
        const string json = """[{"id":"7","position":"Designer","date":"2026-08-02T21:05:22+02:00"}]""";

        var posting = Assert.Single(RemoteOkParser.Parse(json));

        Assert.Equal(new DateTime(2026, 8, 2, 19, 5, 22, DateTimeKind.Utc), posting.PostedAt);
    }

    [Fact]
    public void Parse_SalaryRange_IsUsdPerYear()
    {
        var posting = Assert.Single(RemoteOkParser.Parse($"[{Job}]"));

        Assert.Equal(120000m, posting.SalaryMin);
        Assert.Equal(160000m, posting.SalaryMax);
        Assert.Equal("USD", posting.SalaryCurrency);
        Assert.Equal(SalaryPeriod.Year, posting.SalaryPeriod);
    }

    [Fact]
    public void Parse_SalaryZero_MeansUnknown()
    {
        const string json = """[{"id":"7","position":"Designer","salary_min":0,"salary_max":0}]""";

        var posting = Assert.Single(RemoteOkParser.Parse(json));

        Assert.Null(posting.SalaryMin);
        Assert.Null(posting.SalaryMax);
        Assert.Null(posting.SalaryCurrency);
        Assert.Null(posting.SalaryPeriod);
    }

    [Fact]
    public void Parse_OnlyMaximumSalary_KeepsMinimumNull()
    {
        const string json = """[{"id":"7","position":"Designer","salary_min":0,"salary_max":"90000"}]""";

        var posting = Assert.Single(RemoteOkParser.Parse(json));

        Assert.Null(posting.SalaryMin);
        Assert.Equal(90000m, posting.SalaryMax);
    }

    [Fact]
    public void Parse_NumericIdAndStringEpoch_AreAccepted()
    {
        const string json = """[{"id":1130002,"position":"Designer","epoch":"1785700000"}]""";

        var posting = Assert.Single(RemoteOkParser.Parse(json));

        Assert.Equal("1130002", posting.ExternalId);
        Assert.Equal(new DateTime(2026, 8, 2, 19, 46, 40, DateTimeKind.Utc), posting.PostedAt);
    }

    [Theory]
    [InlineData("""{"position":"Designer"}""")]
    [InlineData("""{"id":"7"}""")]
    [InlineData("""{"id":"7","position":"  "}""")]
    [InlineData("\"an advert\"")]
    public void Parse_EntryWithoutIdOrPosition_IsSkipped(string entry)
    {
        var postings = RemoteOkParser.Parse($"[{entry},{Job}]");

        Assert.Equal("1130001", Assert.Single(postings).ExternalId);
    }

    [Theory]
    [InlineData("Lines of code often steal the spotlight, portrayed as the ultimate measure of a… READ MORE<br/><br/>Please mention the word **PROVIDENCE** and tag RMT when applying.")]
    [InlineData("Real growth rarely happens in leaps. It happens…<br/><br/>Please mention the word **HONESTY** and tag RMT when applying.")]
    [InlineData("Real growth rarely happens in leaps. It happens\u00e2\u0080\u00a6<br/><br/>Please mention the word **HONESTY** and tag RMT when applying.")]
    [InlineData("Ten habits of great remote teams [&hellip;]")]
    public void Parse_BlogTeaserCutAtAnEllipsis_IsSkipped(string description)
    {
        var teaser = $$"""{"id":"9","position":"Failure Breeds Success","description":{{JsonSerializer.Serialize(description)}}}""";

        var postings = RemoteOkParser.Parse($"[{teaser},{Job}]");

        Assert.Equal("1130001", Assert.Single(postings).ExternalId);
    }

    [Fact]
    public void Parse_EllipsisInsideTheText_KeepsPosting()
    {
        const string json = """[{"id":"7","position":"Designer","description":"We ship… a lot. Join us.<br/><br/>Please mention the word **ZEST** when applying."}]""";

        Assert.Single(RemoteOkParser.Parse(json));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("Sonipat, ", "Sonipat")]
    [InlineData(" Berlin, Germany ", "Berlin, Germany")]
    public void Parse_Location_IsTrimmedAndEmptyIsNull(string location, string? expected)
    {
        var json = $$"""[{"id":"7","position":"Designer","location":"{{location}}"}]""";

        var posting = Assert.Single(RemoteOkParser.Parse(json));

        Assert.Equal(expected, posting.Location);
    }

    [Fact]
    public void Parse_Mojibake_IsKeptAsDelivered()
    {
        const string json = """[{"id":"7","position":"Designer","description":"The right people don\u00e2\u0080\u0099t always think so"}]""";

        var posting = Assert.Single(RemoteOkParser.Parse(json));

        Assert.Equal("The right people don\u00e2\u0080\u0099t always think so", posting.DescriptionHtml);
    }

    [Fact]
    public void Parse_NullTags_GiveEmptyTags()
    {
        const string json = """[{"id":"7","position":"Designer","tags":null}]""";

        var posting = Assert.Single(RemoteOkParser.Parse(json));

        Assert.Empty(posting.Tags);
    }

    [Fact]
    public void Parse_ObjectInsteadOfArray_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => RemoteOkParser.Parse("""{"error":"rate limited"}"""));

        Assert.StartsWith("RemoteOK", exception.Message);
    }

    [Fact]
    public void Parse_HtmlPage_ThrowsSourceFormatException()
    {
        const string cloudflare = "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body></body></html>";

        var exception = Assert.Throws<SourceFormatException>(() => RemoteOkParser.Parse(cloudflare));

        Assert.Contains("HTML", exception.Message);
    }

    [Fact]
    public void Parse_MalformedJson_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => RemoteOkParser.Parse("""[{"id":"7","position":"""));

        Assert.StartsWith("RemoteOK answered with malformed JSON", exception.Message);
    }

    [Fact]
    public void Parse_Capture_SkipsLegalNoticeAndBlogTeasers()
    {
        var postings = RemoteOkParser.Parse(File.ReadAllText(SharedFixtures.PathOf("jobboards/remoteok.json")));

        // 1136039 ("These 10 things on your cv…", READ MORE) and 1135924 ("Failure Breeds Success", "It happens…") are teasers.
        Assert.Equal(["1135929", "1135927"], postings.Select(posting => posting.ExternalId));
    }

    [Fact]
    public void Parse_Capture_MapsFirstPosting()
    {
        var postings = RemoteOkParser.Parse(File.ReadAllText(SharedFixtures.PathOf("jobboards/remoteok.json")));

        var posting = postings[0];
        Assert.Equal("Compatibility", posting.Title);
        Assert.Equal("DanielTems", posting.Company);
        Assert.Equal("How", posting.Location);
        Assert.Equal(new DateTime(2026, 8, 2, 21, 5, 22, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal("https://remoteOK.com/remote-jobs/remote-compatibility-danieltems-1135929", posting.Url);
        Assert.Contains("digital nomad", posting.Tags);
    }

    [Fact]
    public void Parse_Capture_ZeroSalariesAreNull()
    {
        var postings = RemoteOkParser.Parse(File.ReadAllText(SharedFixtures.PathOf("jobboards/remoteok.json")));

        Assert.All(postings, posting => Assert.Null(posting.SalaryMin ?? posting.SalaryMax));
    }

    [Fact]
    public void Parse_Capture_KeepsMojibake()
    {
        var postings = RemoteOkParser.Parse(File.ReadAllText(SharedFixtures.PathOf("jobboards/remoteok.json")));

        Assert.Contains("don\u00e2\u0080\u0099t", postings[0].DescriptionHtml);
    }
}
