using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Hn;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Unit.Sources.Hn;

public sealed class HnParserTests
{
    private const string Header = "Acme Robotics | Senior Backend Engineer | Berlin or REMOTE (EU) | €90k–€110k | Full-time";

    private static RawPosting ParseOne(string commentText) =>
        Assert.Single(HnParser.ParsePage(HnSamples.Page(HnSamples.Comment("1001", commentText))).Postings);

    private static HnPage Capture() => HnParser.ParsePage(File.ReadAllText(SharedFixtures.PathOf("jobboards/hn.json")));

    [Fact]
    public void ParsePage_TopLevelComment_MapsIdUrlDateAndHtml()
    {
        var comment = Header + "<p>We build warehouse robots.";

        var posting = ParseOne(comment);

        Assert.Equal("1001", posting.ExternalId);
        Assert.Equal("https://news.ycombinator.com/item?id=1001", posting.Url);
        Assert.Equal(new DateTime(2026, 7, 9, 9, 17, 40, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal(DateTimeKind.Utc, posting.PostedAt!.Value.Kind);
        Assert.Equal(comment, posting.DescriptionHtml);
    }

    [Fact]
    public void ParsePage_Header_GivesCompanyRoleLocationAndSalary()
    {
        var posting = ParseOne(Header + "<p>We build warehouse robots.");

        Assert.Equal("Acme Robotics", posting.Company);
        Assert.Equal("Senior Backend Engineer", posting.Title);
        Assert.Equal("Berlin or REMOTE (EU)", posting.Location);
        Assert.Equal("€90k–€110k", posting.SalaryText);
        Assert.True(posting.RemoteFlag);
        Assert.Equal(["Full-time"], posting.Tags);
        Assert.Equal("Full-time", posting.EmploymentType);
    }

    [Fact]
    public void ParsePage_Paging_IsRead()
    {
        var page = HnParser.ParsePage(HnSamples.Page(HnSamples.Comment("1001", Header)));

        Assert.Equal(2, page.Page);
        Assert.Equal(5, page.NbPages);
    }

    [Fact]
    public void ParsePage_Reply_IsSkipped()
    {
        var page = HnParser.ParsePage(HnSamples.Page(
            HnSamples.Comment("1001", Header),
            HnSamples.Comment("1002", "Do you sponsor visas? | Asking for a friend", parentId: 1001)));

        Assert.Equal("1001", Assert.Single(page.Postings).ExternalId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("[deleted]")]
    [InlineData("[dead]")]
    public void ParsePage_DeletedOrEmptyComment_IsSkipped(string? commentText)
    {
        var page = HnParser.ParsePage(HnSamples.Page(HnSamples.Comment("1001", commentText)));

        Assert.Empty(page.Postings);
    }

    [Fact]
    public void ParsePage_HitWithoutAnyStoryId_IsSkipped()
    {
        const string json = """{"hits":[{"objectID":"1001","parent_id":48747976,"comment_text":"Acme | Engineer | Remote"}]}""";

        Assert.Empty(HnParser.ParsePage(json).Postings);
    }

    [Fact]
    public void ParsePage_StoryIdAtTopLevel_IdentifiesTopLevelComments()
    {
        const string json = """
            {"story_id":48747976,"story_title":"Ask HN: Who is hiring? (July 2026)","hits":[
              {"objectID":"1001","parent_id":48747976,"comment_text":"Acme | Engineer | Remote"},
              {"objectID":"1002","parent_id":1001,"comment_text":"Acme | Engineer | Remote"}]}
            """;

        var page = HnParser.ParsePage(json);

        Assert.Equal("1001", Assert.Single(page.Postings).ExternalId);
    }

    [Fact]
    public void ParsePage_NoPagingFields_IsOnePage()
    {
        var page = HnParser.ParsePage("""{"story_id":48747976,"hits":[]}""");

        Assert.Equal(0, page.Page);
        Assert.Equal(1, page.NbPages);
    }

    [Fact]
    public void ParsePage_RoleIsNotSecond_PicksTheJobTitleSegment()
    {
        var posting = ParseOne("Acme | Remote (US) | Senior Data Scientist | $150k-$180k<p>Details");

        Assert.Equal("Senior Data Scientist", posting.Title);
    }

    [Fact]
    public void ParsePage_NoJobTitleWord_TakesSecondSegment()
    {
        var posting = ParseOne("Acme | Growth Hacker | NYC<p>Details");

        Assert.Equal("Growth Hacker", posting.Title);
        Assert.Equal("NYC", posting.Location);
    }

    [Fact]
    public void ParsePage_DashSeparators_AreSplit()
    {
        var posting = ParseOne("Acme — Staff Engineer — London (Hybrid)<p>Details");

        Assert.Equal("Acme", posting.Company);
        Assert.Equal("Staff Engineer", posting.Title);
        Assert.Equal("London (Hybrid)", posting.Location);
        Assert.Equal(WorkplaceType.Hybrid, posting.Workplace);
    }

    [Fact]
    public void ParsePage_HeaderWithLinkAndEntities_IsDecoded()
    {
        var posting = ParseOne("""Acme (<a href="https:&#x2F;&#x2F;acme.com" rel="nofollow">https:&#x2F;&#x2F;acme.com</a>) | Backend Engineer &#x2F; SRE | Remote<p>Details""");

        Assert.Equal("Acme", posting.Company);
        Assert.Equal("Backend Engineer / SRE", posting.Title);
    }

    [Fact]
    public void ParsePage_HeaderEndsAtNewline_IgnoresTheBody()
    {
        var posting = ParseOne("Acme | Designer | Paris\nWe are a small team | with pipes in prose | and $ signs");

        Assert.Equal("Paris", posting.Location);
        Assert.Null(posting.SalaryText);
    }

    [Fact]
    public void ParsePage_Onsite_IsOnsiteWorkplace()
    {
        var posting = ParseOne("Acme | Product Manager | San Francisco | ONSITE<p>Details");

        Assert.Equal(WorkplaceType.Onsite, posting.Workplace);
        Assert.Null(posting.RemoteFlag);
    }

    [Fact]
    public void ParsePage_VisaSegment_IsATag()
    {
        var posting = ParseOne("Acme | Product Designer | Amsterdam | Visa sponsorship<p>Details");

        Assert.Equal(["Visa sponsorship"], posting.Tags);
    }

    [Fact]
    public void ParsePage_CompanyOnlyFirstLine_TitlesJobAtCompany()
    {
        var posting = ParseOne("Acme Robotics\nOpen roles: • Engineering Leads • Senior Engineers");

        Assert.Equal("Acme Robotics", posting.Company);
        Assert.Equal("Job at Acme Robotics", posting.Title);
    }

    [Theory]
    [InlineData("We are looking for talented engineers to join our growing team in Berlin and beyond.<p>Details")]
    [InlineData("Hi everyone!<p>We are hiring.")]
    [InlineData("We're hiring<p>Apply below.")]
    public void ParsePage_NoHeaderAndNoCompany_IsSkipped(string commentText)
    {
        var page = HnParser.ParsePage(HnSamples.Page(HnSamples.Comment("1001", commentText)));

        Assert.Empty(page.Postings);
    }

    [Fact]
    public void ParsePage_ArrayInsteadOfObject_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => HnParser.ParsePage("[]"));

        Assert.StartsWith("Hacker News", exception.Message);
    }

    [Fact]
    public void ParsePage_HtmlPage_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => HnParser.ParsePage("<html><body>Too many requests</body></html>"));

        Assert.Contains("HTML", exception.Message);
    }

    [Fact]
    public void ParsePage_MalformedJson_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => HnParser.ParsePage("""{"hits":[{"objectID":"""));

        Assert.Contains("malformed JSON", exception.Message);
    }

    [Fact]
    public void FindLatestStory_MonthlyStories_PicksNewestWhoIsHiring()
    {
        var story = HnParser.FindLatestStory(HnSamples.WhoIsHiringStories);

        Assert.Equal((48950001L, "Ask HN: Who is hiring? (August 2026)"), story);
    }

    [Fact]
    public void FindLatestStory_NoHiringStory_IsNull()
    {
        const string json = """{"hits":[{"title":"Ask HN: Who wants to be hired? (August 2026)","objectID":"48950002","created_at_i":1785769260}]}""";

        Assert.Null(HnParser.FindLatestStory(json));
    }

    [Fact]
    public void FindLatestStory_NoHits_ThrowsSourceFormatException()
    {
        Assert.Throws<SourceFormatException>(() => HnParser.FindLatestStory("""{"message":"Invalid tag"}"""));
    }

    [Fact]
    public void ParsePage_Capture_SkipsTheReply()
    {
        var page = Capture();

        Assert.Equal(["48860201", "48843116", "48842567", "48837669", "48868436", "48804695"], page.Postings.Select(posting => posting.ExternalId));
    }

    [Fact]
    public void ParsePage_Capture_ReadsQaseHeader()
    {
        var posting = Capture().Postings[0];

        Assert.Equal("Qase", posting.Company);
        Assert.Equal("Developer Advocate", posting.Title);
        Assert.Equal("REMOTE", posting.Location);
        Assert.True(posting.RemoteFlag);
        Assert.Equal(["Full-time"], posting.Tags);
        Assert.Equal(new DateTime(2026, 7, 10, 14, 10, 34, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal("https://news.ycombinator.com/item?id=48860201", posting.Url);
    }

    [Fact]
    public void ParsePage_Capture_ReadsWaveSalary()
    {
        var posting = Capture().Postings[1];

        Assert.Equal("Wave", posting.Company);
        Assert.Equal("On-Premises SRE", posting.Title);
        Assert.Equal("Remote (EMEA)", posting.Location);
        Assert.Equal("Salary up to $185,500 + equity", posting.SalaryText);
        Assert.Equal(["Permanent (Full-time)"], posting.Tags);
    }

    [Fact]
    public void ParsePage_Capture_ReadsResortPassOnsiteHeader()
    {
        var posting = Capture().Postings[4];

        Assert.Equal("ResortPass", posting.Company);
        Assert.Equal("Senior Software Engineer, Frontend", posting.Title);
        Assert.Equal(["New York, NY", "Onsite"], posting.Locations);
        Assert.Equal(WorkplaceType.Onsite, posting.Workplace);
        Assert.Null(posting.RemoteFlag);
        Assert.Equal("$160k–$180k ($210k for senior band) + Equity", posting.SalaryText);
        Assert.Equal(["Full-time", "Visa possible for exceptional candidates"], posting.Tags);
    }

    [Fact]
    public void ParsePage_Capture_ReadsTrinsicRemoteRegion()
    {
        var posting = Capture().Postings[3];

        Assert.Equal("Trinsic", posting.Company);
        Assert.Equal("Senior Product Engineer", posting.Title);
        Assert.Equal("REMOTE (Europe)", posting.Location);
    }

    [Fact]
    public void ParsePage_Capture_CompanyOnlyLineBecomesJobAtCompany()
    {
        var posting = Capture().Postings[5];

        Assert.Equal("This Dot Labs", posting.Company);
        Assert.Equal("Job at This Dot Labs", posting.Title);
        Assert.Null(posting.RemoteFlag);
    }
}
