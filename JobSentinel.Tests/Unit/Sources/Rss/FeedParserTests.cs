using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Rss;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Unit.Sources.Rss;

public sealed class FeedParserTests
{
    private static IReadOnlyList<RawPosting> Capture() =>
        FeedParser.Parse(File.ReadAllText(SharedFixtures.PathOf("jobboards/wwr.xml")), "https://weworkremotely.com/remote-jobs.rss");

    [Fact]
    public void Parse_WwrTitle_SplitsCompanyAndRole()
    {
        var posting = FeedParser.Parse(FeedSamples.Wwr, FeedSamples.WwrUrl)[0];

        Assert.Equal("Nimbus Labs", posting.Company);
        Assert.Equal("Senior Elixir Developer", posting.Title);
    }

    [Fact]
    public void Parse_WwrItem_MapsRegionTypeAndRemote()
    {
        var posting = FeedParser.Parse(FeedSamples.Wwr, FeedSamples.WwrUrl)[0];

        Assert.Equal("Europe Only", posting.Location);
        Assert.Equal("Full-Time", posting.EmploymentType);
        Assert.True(posting.RemoteFlag);
    }

    [Fact]
    public void Parse_WwrSkills_JoinCategoryAsTags()
    {
        var posting = FeedParser.Parse(FeedSamples.Wwr, FeedSamples.WwrUrl)[0];

        Assert.Equal(["Back-End Programming", "Elixir", "Phoenix", "PostgreSQL"], posting.Tags);
    }

    [Fact]
    public void Parse_RssItem_MapsGuidLinkAndEscapedDescription()
    {
        var posting = FeedParser.Parse(FeedSamples.Wwr, FeedSamples.WwrUrl)[0];

        Assert.Equal("https://weworkremotely.com/remote-jobs/nimbus-labs-senior-elixir-developer", posting.ExternalId);
        Assert.Equal("https://weworkremotely.com/remote-jobs/nimbus-labs-senior-elixir-developer", posting.Url);
        Assert.Equal("<p><strong>Headquarters:</strong> Berlin</p><p>Build our realtime sync.</p>", posting.DescriptionHtml);
    }

    [Fact]
    public void Parse_PubDateWithOffset_IsUtc()
    {
        var posting = FeedParser.Parse(FeedSamples.Wwr, FeedSamples.WwrUrl)[0];

        Assert.Equal(new DateTime(2026, 7, 6, 7, 15, 0, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal(DateTimeKind.Utc, posting.PostedAt!.Value.Kind);
    }

    [Fact]
    public void Parse_WwrItemWithoutMediaContent_IsRead()
    {
        var posting = FeedParser.Parse(FeedSamples.Wwr, FeedSamples.WwrUrl)[1];

        Assert.Equal("Plainfield", posting.Company);
        Assert.Equal("Support Engineer", posting.Title);
        Assert.Equal(new DateTime(2026, 7, 6, 8, 0, 0, DateTimeKind.Utc), posting.PostedAt);
    }

    [Fact]
    public void Parse_WwrChannelLink_IdentifiesWwrBehindAnotherUrl()
    {
        var posting = FeedParser.Parse(FeedSamples.Wwr, "https://proxy.example.net/wwr.rss")[0];

        Assert.Equal("Nimbus Labs", posting.Company);
    }

    [Fact]
    public void Parse_GenericRss_KeepsWholeTitleWithoutCompany()
    {
        var posting = FeedParser.Parse(FeedSamples.Generic, FeedSamples.GenericUrl)[0];

        Assert.Equal("Update: Data Engineer", posting.Title);
        Assert.Null(posting.Company);
        Assert.Null(posting.RemoteFlag);
    }

    [Fact]
    public void Parse_GenericRss_PrefersGuidAsExternalId()
    {
        var posting = FeedParser.Parse(FeedSamples.Generic, FeedSamples.GenericUrl)[0];

        Assert.Equal("job-42", posting.ExternalId);
        Assert.Equal("https://jobs.example.org/jobs/42", posting.Url);
    }

    [Fact]
    public void Parse_NoGuid_UsesLinkAsExternalId()
    {
        var posting = FeedParser.Parse(FeedSamples.Generic, FeedSamples.GenericUrl)[1];

        Assert.Equal("https://jobs.example.org/jobs/43", posting.ExternalId);
    }

    [Fact]
    public void Parse_Categories_BecomeTags()
    {
        var posting = FeedParser.Parse(FeedSamples.Generic, FeedSamples.GenericUrl)[0];

        Assert.Equal(["Data", "Python"], posting.Tags);
    }

    [Fact]
    public void Parse_Rfc822WithNamedZoneAndTwoDigitYear_IsUtc()
    {
        var posting = FeedParser.Parse(FeedSamples.Generic, FeedSamples.GenericUrl)[0];

        Assert.Equal(new DateTime(2026, 7, 7, 19, 30, 0, DateTimeKind.Utc), posting.PostedAt);
    }

    [Fact]
    public void Parse_DcDateWithoutPubDate_IsPostedAt()
    {
        var posting = FeedParser.Parse(FeedSamples.Generic, FeedSamples.GenericUrl)[1];

        Assert.Equal(new DateTime(2026, 7, 8, 9, 0, 0, DateTimeKind.Utc), posting.PostedAt);
    }

    [Fact]
    public void Parse_ItemsWithoutTitleOrIdentity_AreSkipped()
    {
        var postings = FeedParser.Parse(FeedSamples.Generic, FeedSamples.GenericUrl);

        Assert.Equal(["job-42", "https://jobs.example.org/jobs/43"], postings.Select(posting => posting.ExternalId));
    }

    [Fact]
    public void Parse_AtomEntry_MapsAlternateLinkIdAndContent()
    {
        var posting = FeedParser.Parse(FeedSamples.Atom, FeedSamples.AtomUrl)[0];

        Assert.Equal("tag:careers.example.com,2026:job-7", posting.ExternalId);
        Assert.Equal("Platform Engineer", posting.Title);
        Assert.Equal("https://careers.example.com/jobs/7", posting.Url);
        Assert.Equal("<p>Run our <b>Kubernetes</b> fleet.</p>", posting.DescriptionHtml);
        Assert.Equal(["Infrastructure"], posting.Tags);
        Assert.Null(posting.Company);
    }

    [Fact]
    public void Parse_AtomPublished_IsUtcPostedAtAndUpdatedIsUpdatedAt()
    {
        var posting = FeedParser.Parse(FeedSamples.Atom, FeedSamples.AtomUrl)[0];

        Assert.Equal(new DateTime(2026, 7, 8, 13, 0, 0, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal(new DateTime(2026, 7, 9, 10, 0, 0, DateTimeKind.Utc), posting.UpdatedAt);
    }

    [Fact]
    public void Parse_AtomWithoutPublished_FallsBackToUpdated()
    {
        var posting = FeedParser.Parse(FeedSamples.Atom, FeedSamples.AtomUrl)[1];

        Assert.Equal(new DateTime(2026, 7, 7, 8, 0, 0, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal("https://careers.example.com/jobs/8", posting.Url);
    }

    [Fact]
    public void Parse_AtomXhtmlContent_KeepsMarkup()
    {
        var posting = FeedParser.Parse(FeedSamples.Atom, FeedSamples.AtomUrl)[1];

        Assert.Contains("Shape the <em>product</em>.</p>", posting.DescriptionHtml);
    }

    [Fact]
    public void Parse_MalformedXml_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => FeedParser.Parse("<rss><channel><item></channel>", FeedSamples.GenericUrl));

        Assert.StartsWith($"The feed {FeedSamples.GenericUrl} answered with malformed XML", exception.Message);
    }

    [Fact]
    public void Parse_HtmlPage_ThrowsSourceFormatException()
    {
        const string page = "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body></body></html>";

        var exception = Assert.Throws<SourceFormatException>(() => FeedParser.Parse(page, FeedSamples.WwrUrl));

        Assert.Contains("HTML", exception.Message);
    }

    [Fact]
    public void Parse_WellFormedNonFeed_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => FeedParser.Parse("<sitemap><url>https://example.org</url></sitemap>", FeedSamples.GenericUrl));

        Assert.Contains("not an RSS or Atom feed", exception.Message);
    }

    [Fact]
    public void Parse_DocumentTypeDeclaration_IsRefused()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>&secret;</title><guid>1</guid></item></channel></rss>
            """;

        Assert.Throws<SourceFormatException>(() => FeedParser.Parse(xxe, FeedSamples.GenericUrl));
    }

    [Fact]
    public void Parse_Capture_ReadsEveryItem()
    {
        var postings = Capture();

        Assert.Equal(
            ["Mathmo", "Qase", "APEX TRADE", "Qase"],
            postings.Select(posting => posting.Company));
        Assert.Equal(
            ["Maths Coach", "Developer Advocate", "Entry-Level Crypto Market Specialist", "Technical Customer Support Specialist"],
            postings.Select(posting => posting.Title));
    }

    [Fact]
    public void Parse_Capture_MapsRegionTypeAndDate()
    {
        var posting = Capture()[0];

        Assert.Equal("Anywhere in the World", posting.Location);
        Assert.Equal("Contract", posting.EmploymentType);
        Assert.Equal(new DateTime(2026, 7, 10, 22, 45, 30, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal("https://weworkremotely.com/remote-jobs/mathmo-maths-coach", posting.ExternalId);
        Assert.StartsWith("<img src=\"https://we-work-remotely.imgix.net/logos/0171/5783/logo.gif", posting.DescriptionHtml);
    }

    [Fact]
    public void Parse_Capture_SkillsJoinCategory()
    {
        var posting = Capture()[2];

        Assert.Equal(["All Other Remote", "Cryptocurrency"], posting.Tags);
    }

    [Fact]
    public void Parse_Capture_ItemWithoutMediaContentIsComplete()
    {
        var posting = Capture()[3];

        Assert.Equal("https://weworkremotely.com/remote-jobs/qase-technical-customer-support-specialist", posting.Url);
        Assert.Equal("Full-Time", posting.EmploymentType);
        Assert.Equal(["Customer Support"], posting.Tags);
        Assert.Equal(new DateTime(2026, 7, 10, 13, 52, 20, DateTimeKind.Utc), posting.PostedAt);
        Assert.StartsWith("<p>", posting.DescriptionHtml);
    }
}
