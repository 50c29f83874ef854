using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Arbeitnow;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Unit.Sources.Arbeitnow;

public sealed class ArbeitnowParserTests
{
    private const string Job = """
        {
          "slug": "backend-developer-berlin-123456",
          "company_name": "Nordlicht GmbH",
          "title": "Backend Developer (m/w/d)",
          "description": "<p>Du baust unsere APIs.</p>",
          "remote": true,
          "url": "https://www.arbeitnow.com/jobs/companies/nordlicht-gmbh/backend-developer-berlin-123456",
          "tags": ["Software Development", "PHP"],
          "job_types": ["full time", "berufserfahren"],
          "location": "Berlin",
          "created_at": 1785792634
        }
        """;

    private static string Page(string data, string links = """{"first":"https://www.arbeitnow.com/api/job-board-api?page=1","last":null,"prev":null,"next":"https://www.arbeitnow.com/api/job-board-api?page=2"}""") =>
        $$$"""{"data":[{{{data}}}],"links":{{{links}}},"meta":{"current_page":1,"per_page":100}}""";

    [Fact]
    public void ParsePage_Posting_MapsFields()
    {
        var posting = Assert.Single(ArbeitnowParser.ParsePage(Page(Job)).Postings);

        Assert.Equal("backend-developer-berlin-123456", posting.ExternalId);
        Assert.Equal("Backend Developer (m/w/d)", posting.Title);
        Assert.Equal("Nordlicht GmbH", posting.Company);
        Assert.Equal("<p>Du baust unsere APIs.</p>", posting.DescriptionHtml);
        Assert.Equal("https://www.arbeitnow.com/jobs/companies/nordlicht-gmbh/backend-developer-berlin-123456", posting.Url);
        Assert.Equal("Berlin", posting.Location);
        Assert.Equal(["Software Development", "PHP"], posting.Tags);
    }

    [Fact]
    public void ParsePage_FirstJobType_IsEmploymentType()
    {
        var posting = Assert.Single(ArbeitnowParser.ParsePage(Page(Job)).Postings);

        Assert.Equal("full time", posting.EmploymentType);
    }

    [Fact]
    public void ParsePage_NoJobTypes_LeavesEmploymentTypeNull()
    {
        var posting = Assert.Single(ArbeitnowParser.ParsePage(Page("""{"slug":"a","title":"Dev","job_types":[]}""")).Postings);

        Assert.Null(posting.EmploymentType);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("null", null)]
    public void ParsePage_RemoteField_IsRemoteFlag(string remote, bool? expected)
    {
        var posting = Assert.Single(ArbeitnowParser.ParsePage(Page($$"""{"slug":"a","title":"Dev","remote":{{remote}}}""")).Postings);

        Assert.Equal(expected, posting.RemoteFlag);
    }

    [Fact]
    public void ParsePage_CreatedAtEpochSeconds_IsUtcPostedAt()
    {
        var posting = Assert.Single(ArbeitnowParser.ParsePage(Page(Job)).Postings);

        Assert.Equal(new DateTime(2026, 8, 3, 21, 30, 34, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal(DateTimeKind.Utc, posting.PostedAt!.Value.Kind);
    }

    [Fact]
    public void ParsePage_LinksNext_IsNextUrl()
    {
        var page = ArbeitnowParser.ParsePage(Page(Job));

        Assert.Equal("https://www.arbeitnow.com/api/job-board-api?page=2", page.NextUrl);
    }

    [Fact]
    public void ParsePage_LastPage_HasNoNextUrl()
    {
        var page = ArbeitnowParser.ParsePage(Page(Job, """{"next":null}"""));

        Assert.Null(page.NextUrl);
    }

    [Fact]
    public void ParsePage_LinksDropped_HasNoNextUrl()
    {
        var page = ArbeitnowParser.ParsePage($$"""{"data":[{{Job}}]}""");

        Assert.Null(page.NextUrl);
    }

    [Fact]
    public void ParsePage_DoubleEscapedDescription_IsKeptAsDelivered()
    {
        const string job = """{"slug":"a","title":"Dev","description":"&lt;p&gt;&lt;strong&gt;Senior&lt;/strong&gt;&amp;nbsp;&lt;/p&gt;"}""";

        var posting = Assert.Single(ArbeitnowParser.ParsePage(Page(job)).Postings);

        Assert.Equal("&lt;p&gt;&lt;strong&gt;Senior&lt;/strong&gt;&amp;nbsp;&lt;/p&gt;", posting.DescriptionHtml);
    }

    [Theory]
    [InlineData("""{"title":"Dev"}""")]
    [InlineData("""{"slug":"a"}""")]
    [InlineData("""{"slug":" ","title":"Dev"}""")]
    public void ParsePage_JobWithoutSlugOrTitle_IsSkipped(string job)
    {
        var page = ArbeitnowParser.ParsePage(Page($"{job},{Job}"));

        Assert.Equal("backend-developer-berlin-123456", Assert.Single(page.Postings).ExternalId);
    }

    [Fact]
    public void ParsePage_ArrayInsteadOfEnvelope_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => ArbeitnowParser.ParsePage($"[{Job}]"));

        Assert.StartsWith("Arbeitnow", exception.Message);
    }

    [Fact]
    public void ParsePage_DataNotAnArray_ThrowsSourceFormatException()
    {
        Assert.Throws<SourceFormatException>(() => ArbeitnowParser.ParsePage("""{"data":{"slug":"a"}}"""));
    }

    [Fact]
    public void ParsePage_HtmlPage_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => ArbeitnowParser.ParsePage("<html><body>502 Bad Gateway</body></html>"));

        Assert.Contains("HTML", exception.Message);
    }

    [Fact]
    public void ParsePage_MalformedJson_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => ArbeitnowParser.ParsePage("""{"data":[{"slug":"""));

        Assert.StartsWith("Arbeitnow answered with malformed JSON", exception.Message);
    }

    [Fact]
    public void ParsePage_Capture_ReadsAllPostingsWithoutNextUrl()
    {
        var page = ArbeitnowParser.ParsePage(File.ReadAllText(SharedFixtures.PathOf("jobboards/arbeitnow.json")));

        Assert.Equal(5, page.Postings.Count);
        Assert.Null(page.NextUrl);
    }

    [Fact]
    public void ParsePage_Capture_MapsGermanPosting()
    {
        var page = ArbeitnowParser.ParsePage(File.ReadAllText(SharedFixtures.PathOf("jobboards/arbeitnow.json")));

        var posting = page.Postings[2];
        Assert.Equal("technical-co-founder-cto-aureas-munich-353142", posting.ExternalId);
        Assert.Equal("Technical Co-Founder/CTO aureas", posting.Title);
        Assert.Equal("aureas", posting.Company);
        Assert.Equal("Munich", posting.Location);
        Assert.Equal("geschäftsleitung", posting.EmploymentType);
        Assert.False(posting.RemoteFlag);
        Assert.Equal(new DateTime(2026, 8, 3, 21, 30, 33, DateTimeKind.Utc), posting.PostedAt);
        Assert.StartsWith("<p>aureas baut die Search Engine für Grundstücke.", posting.DescriptionHtml);
    }

    [Fact]
    public void ParsePage_Capture_KeepsDoubleEscapedDescriptions()
    {
        var page = ArbeitnowParser.ParsePage(File.ReadAllText(SharedFixtures.PathOf("jobboards/arbeitnow.json")));

        var posting = page.Postings[3];
        Assert.Equal("senior-product-owner-hamburg-berlin-302643", posting.ExternalId);
        Assert.Equal("Hamburg, Berlin", posting.Location);
        Assert.Null(posting.EmploymentType);
        Assert.StartsWith("&lt;p&gt;&lt;strong&gt;Senior Product Owner (d/f/m)", posting.DescriptionHtml);
    }
}
