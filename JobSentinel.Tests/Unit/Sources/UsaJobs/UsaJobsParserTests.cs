using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.UsaJobs;

namespace JobSentinel.Tests.Unit.Sources.UsaJobs;

public sealed class UsaJobsParserTests
{
    [Fact]
    public void ParsePage_ItemWithoutTitle_IsSkipped()
    {
        var page = UsaJobsParser.ParsePage(UsaJobsSamples.SearchPage);

        Assert.Equal(["812345600", "812345777"], page.Postings.Select(posting => posting.ExternalId));
    }

    [Fact]
    public void ParsePage_CountsAsStrings_AreRead()
    {
        var page = UsaJobsParser.ParsePage(UsaJobsSamples.SearchPage);

        Assert.Equal(487, page.NumberOfPages);
        Assert.Equal(1214, page.TotalCount);
    }

    [Fact]
    public void ParsePage_Posting_MapsFields()
    {
        var posting = UsaJobsParser.ParsePage(UsaJobsSamples.SearchPage).Postings[0];

        Assert.Equal("IT Specialist (APPSW)", posting.Title);
        Assert.Equal("Centers for Disease Control and Prevention", posting.Company);
        Assert.Equal("Department of Health and Human Services", posting.Department);
        Assert.Equal("https://www.usajobs.gov:443/job/812345600", posting.Url);
        Assert.Equal("https://www.usajobs.gov:443/job/812345600/apply", posting.ApplyUrl);
        Assert.Equal("Full-time", posting.EmploymentType);
        Assert.Equal(["Information Technology Management"], posting.Tags);
        Assert.False(posting.RemoteFlag);
    }

    [Fact]
    public void ParsePage_Locations_KeepDisplayAndEachName()
    {
        var posting = UsaJobsParser.ParsePage(UsaJobsSamples.SearchPage).Postings[0];

        Assert.Equal("Multiple Locations", posting.Location);
        Assert.Equal(["Atlanta, Georgia", "Denver, Colorado"], posting.Locations);
    }

    [Fact]
    public void ParsePage_PublicationStartDateWithoutZone_IsUtc()
    {
        var posting = UsaJobsParser.ParsePage(UsaJobsSamples.SearchPage).Postings[1];

        Assert.Equal(new DateTime(2026, 7, 2, 8, 30, 0, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal(DateTimeKind.Utc, posting.PostedAt!.Value.Kind);
    }

    [Fact]
    public void ParsePage_YearlyRemunerationAsStrings_IsUsdPerYear()
    {
        var posting = UsaJobsParser.ParsePage(UsaJobsSamples.SearchPage).Postings[0];

        Assert.Equal(104604m, posting.SalaryMin);
        Assert.Equal(135987m, posting.SalaryMax);
        Assert.Equal("USD", posting.SalaryCurrency);
        Assert.Equal(SalaryPeriod.Year, posting.SalaryPeriod);
    }

    [Fact]
    public void ParsePage_DescriptionParts_BecomeEncodedHtml()
    {
        var posting = UsaJobsParser.ParsePage(UsaJobsSamples.SearchPage).Postings[0];

        Assert.Equal(
            "<p>Join CDC&#39;s Office of the Chief Information Officer to build public-health data systems.</p>"
            + "<h3>Major duties</h3><ul><li>Develops cloud-native applications.</li><li>Reviews code for security &amp; accessibility.</li></ul>"
            + "<h3>Qualifications</h3><p>You must have one year of specialized experience at the GS-12 level &amp; knowledge of &lt;cloud&gt; platforms.</p>",
            posting.DescriptionHtml);
    }

    [Fact]
    public void ParsePage_SummaryOnly_GivesSummaryParagraph()
    {
        var posting = UsaJobsParser.ParsePage(UsaJobsSamples.SearchPage).Postings[1];

        Assert.Equal("<p>Schedule appointments for veterans.</p>", posting.DescriptionHtml);
    }

    [Fact]
    public void ParsePage_RemoteIndicator_IsRemoteFlag()
    {
        var posting = UsaJobsParser.ParsePage(UsaJobsSamples.SearchPage).Postings[1];

        Assert.True(posting.RemoteFlag);
    }

    [Fact]
    public void ParsePage_EmptyApplyUri_LeavesApplyUrlNull()
    {
        var posting = UsaJobsParser.ParsePage(UsaJobsSamples.SearchPage).Postings[1];

        Assert.Null(posting.ApplyUrl);
    }

    [Theory]
    [InlineData("PA", SalaryPeriod.Year)]
    [InlineData("Per Year", SalaryPeriod.Year)]
    [InlineData("PH", SalaryPeriod.Hour)]
    [InlineData("Per Hour", SalaryPeriod.Hour)]
    [InlineData("PM", SalaryPeriod.Month)]
    [InlineData("PW", SalaryPeriod.Week)]
    [InlineData("PD", SalaryPeriod.Day)]
    public void ParsePage_RateIntervalCode_MapsToPeriod(string code, SalaryPeriod expected)
    {
        var posting = Assert.Single(UsaJobsParser.ParsePage(UsaJobsSamples.WithRemuneration(code, "100", "200")).Postings);

        Assert.Equal(expected, posting.SalaryPeriod);
        Assert.Equal(100m, posting.SalaryMin);
        Assert.Equal(200m, posting.SalaryMax);
    }

    [Fact]
    public void ParsePage_BiWeekly_IsWeeklyWithHalvedAmounts()
    {
        var posting = Assert.Single(UsaJobsParser.ParsePage(UsaJobsSamples.WithRemuneration("BW", "3000", "4200")).Postings);

        Assert.Equal(SalaryPeriod.Week, posting.SalaryPeriod);
        Assert.Equal(1500m, posting.SalaryMin);
        Assert.Equal(2100m, posting.SalaryMax);
    }

    [Theory]
    [InlineData("WC", "0", "0")]
    [InlineData("WC", "1", "1")]
    [InlineData("FB", "100", "200")]
    [InlineData("PA", "0", "0")]
    public void ParsePage_NoComparablePay_LeavesSalaryNull(string code, string minimum, string maximum)
    {
        var posting = Assert.Single(UsaJobsParser.ParsePage(UsaJobsSamples.WithRemuneration(code, minimum, maximum)).Postings);

        Assert.Null(posting.SalaryMin);
        Assert.Null(posting.SalaryMax);
        Assert.Null(posting.SalaryPeriod);
        Assert.Null(posting.SalaryCurrency);
    }

    [Fact]
    public void ParsePage_NoMatchedObjectId_UsesPositionId()
    {
        const string json = """
            {"SearchResult":{"SearchResultItems":[{"MatchedObjectDescriptor":{"PositionID":"NPS-26-1","PositionTitle":"Park Ranger"}}]}}
            """;

        var posting = Assert.Single(UsaJobsParser.ParsePage(json).Postings);

        Assert.Equal("NPS-26-1", posting.ExternalId);
    }

    [Fact]
    public void ParsePage_NullItems_IsAnEmptyPage()
    {
        var page = UsaJobsParser.ParsePage("""{"SearchResult":{"SearchResultCount":0,"SearchResultCountAll":0,"SearchResultItems":null,"UserArea":{"NumberOfPages":"0"}}}""");

        Assert.Empty(page.Postings);
        Assert.Equal(0, page.NumberOfPages);
    }

    [Fact]
    public void ParsePage_NoSearchResult_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => UsaJobsParser.ParsePage("""{"Message":"Authorization has been denied for this request."}"""));

        Assert.Contains("SearchResult", exception.Message);
    }

    [Fact]
    public void ParsePage_Array_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => UsaJobsParser.ParsePage("[]"));

        Assert.StartsWith("USAJOBS answered with an array", exception.Message);
    }

    [Fact]
    public void ParsePage_HtmlPage_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => UsaJobsParser.ParsePage("<!DOCTYPE html><html><body>Access Denied</body></html>"));

        Assert.Contains("HTML", exception.Message);
    }

    [Fact]
    public void ParsePage_MalformedJson_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => UsaJobsParser.ParsePage("""{"SearchResult":{"""));

        Assert.StartsWith("USAJOBS answered with malformed JSON", exception.Message);
    }
}
