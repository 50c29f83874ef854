using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Lever;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Unit.Sources.Lever;

public sealed class LeverParserTests
{
    // The shape of GET /v0/postings/{site}?mode=json: a bare array.
    private const string Page = """
        [
          {
            "id": "5f1c2e9a-0b7d-4c1e-9a55-6a1f0c3d2b10",
            "text": " Platform Engineer ",
            "createdAt": 1747900800000,
            "categories": {
              "commitment": "Full-time",
              "department": "Engineering",
              "location": "Berlin, Germany",
              "team": "Infrastructure",
              "allLocations": ["Berlin, Germany", "Remote - EU", "Berlin, Germany"]
            },
            "country": "DE",
            "workplaceType": "hybrid",
            "description": "<div>We run the platform.</div>",
            "descriptionPlain": "We run the platform.\n",
            "lists": [
              { "text": "What you'll do", "content": "<li>Own the <b>Kubernetes</b> clusters</li><li>Be on call &amp; fix things</li>" },
              { "text": "Requirements", "content": "\n<li>5+ years with Go</li>\n" }
            ],
            "additional": "<div>We offer relocation.</div>",
            "additionalPlain": "We offer relocation.",
            "hostedUrl": "https://jobs.lever.co/acme/5f1c2e9a-0b7d-4c1e-9a55-6a1f0c3d2b10",
            "applyUrl": "https://jobs.lever.co/acme/5f1c2e9a-0b7d-4c1e-9a55-6a1f0c3d2b10/apply",
            "salaryRange": { "currency": "eur", "interval": "per-year-salary", "min": 80000, "max": "95000" }
          }
        ]
        """;

    [Fact]
    public void ParsePage_FullPosting_MapsTitleFromTextAndTheUrls()
    {
        var posting = Assert.Single(LeverParser.ParsePage(Page, "acme"));

        Assert.Equal("5f1c2e9a-0b7d-4c1e-9a55-6a1f0c3d2b10", posting.ExternalId);
        Assert.Equal("Platform Engineer", posting.Title);
        Assert.Null(posting.Company);
        Assert.Equal("https://jobs.lever.co/acme/5f1c2e9a-0b7d-4c1e-9a55-6a1f0c3d2b10", posting.Url);
        Assert.Equal("https://jobs.lever.co/acme/5f1c2e9a-0b7d-4c1e-9a55-6a1f0c3d2b10/apply", posting.ApplyUrl);
    }

    [Fact]
    public void ParsePage_CreatedAtEpochMilliseconds_BecomesUtcPostedAt()
    {
        var posting = Assert.Single(LeverParser.ParsePage(Page, "acme"));

        Assert.Equal(new DateTime(2025, 5, 22, 8, 0, 0, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal(DateTimeKind.Utc, posting.PostedAt!.Value.Kind);
    }

    [Fact]
    public void ParsePage_Categories_MapLocationCommitmentAndDepartment()
    {
        var posting = Assert.Single(LeverParser.ParsePage(Page, "acme"));

        Assert.Equal("Berlin, Germany", posting.Location);
        Assert.Equal(["Berlin, Germany", "Remote - EU"], posting.Locations);
        Assert.Equal("Full-time", posting.EmploymentType);
        Assert.Equal("Engineering", posting.Department);
    }

    [Fact]
    public void ParsePage_NoDepartmentOrAllLocations_FallsBackToTeamAndLocation()
    {
        const string json = """
            [{"id":"a1","text":"Ops","categories":{"team":"Operations","location":"Austin, TX"}}]
            """;

        var posting = Assert.Single(LeverParser.ParsePage(json, "acme"));

        Assert.Equal("Operations", posting.Department);
        Assert.Equal(["Austin, TX"], posting.Locations);
    }

    [Theory]
    [InlineData("remote", WorkplaceType.Remote)]
    [InlineData("hybrid", WorkplaceType.Hybrid)]
    [InlineData("on-site", WorkplaceType.Onsite)]
    [InlineData("unspecified", null)]
    [InlineData("", null)]
    public void ParsePage_WorkplaceType_MapsToWorkplace(string workplaceType, WorkplaceType? expected)
    {
        var json = $$"""[{"id":"a1","text":"Ops","workplaceType":"{{workplaceType}}"}]""";

        var posting = Assert.Single(LeverParser.ParsePage(json, "acme"));

        Assert.Equal(expected, posting.Workplace);
    }

    [Fact]
    public void ParsePage_Lists_AreRenderedIntoTheHtmlBetweenDescriptionAndAdditional()
    {
        var posting = Assert.Single(LeverParser.ParsePage(Page, "acme"));

        Assert.Equal(
            "<div>We run the platform.</div>"
            + "<h3>What you&#39;ll do</h3><ul><li>Own the <b>Kubernetes</b> clusters</li><li>Be on call &amp; fix things</li></ul>"
            + "<h3>Requirements</h3><ul><li>5+ years with Go</li></ul>"
            + "<div>We offer relocation.</div>",
            posting.DescriptionHtml);
    }

    [Fact]
    public void ParsePage_Lists_AreFlattenedIntoTheTextAsPlainLines()
    {
        var posting = Assert.Single(LeverParser.ParsePage(Page, "acme"));

        Assert.Equal(
            "We run the platform.\n\nWhat you'll do\nOwn the Kubernetes clusters\nBe on call & fix things\n\nRequirements\n5+ years with Go\n\nWe offer relocation.",
            posting.DescriptionText);
    }

    [Fact]
    public void ParsePage_SalaryRange_IsStructuredSalary()
    {
        var posting = Assert.Single(LeverParser.ParsePage(Page, "acme"));

        Assert.Equal(80000m, posting.SalaryMin);
        Assert.Equal(95000m, posting.SalaryMax);
        Assert.Equal("EUR", posting.SalaryCurrency);
        Assert.Equal(SalaryPeriod.Year, posting.SalaryPeriod);
    }

    [Theory]
    [InlineData("per-hour-wage", SalaryPeriod.Hour)]
    [InlineData("per-day-wage", SalaryPeriod.Day)]
    [InlineData("per-week-salary", SalaryPeriod.Week)]
    [InlineData("per-month-salary", SalaryPeriod.Month)]
    [InlineData("one-time", null)]
    public void ParsePage_SalaryInterval_MapsToPeriod(string interval, SalaryPeriod? expected)
    {
        var json = $$$"""[{"id":"a1","text":"Ops","salaryRange":{"currency":"USD","interval":"{{{interval}}}","min":30,"max":40}}]""";

        var posting = Assert.Single(LeverParser.ParsePage(json, "acme"));

        Assert.Equal(expected, posting.SalaryPeriod);
    }

    [Fact]
    public void ParsePage_SalaryZero_IsUnknown()
    {
        const string json = """
            [{"id":"a1","text":"Ops","salaryRange":{"currency":"USD","interval":"per-year-salary","min":0,"max":0}}]
            """;

        var posting = Assert.Single(LeverParser.ParsePage(json, "acme"));

        Assert.Null(posting.SalaryMin);
        Assert.Null(posting.SalaryMax);
        Assert.Null(posting.SalaryCurrency);
        Assert.Null(posting.SalaryPeriod);
    }

    [Fact]
    public void ParsePage_PostingsWithoutIdOrText_AreSkipped()
    {
        const string json = """
            [{"text":"No id"},{"id":"a2","text":""},{"id":"a3","text":"Kept","lists":null,"categories":null}]
            """;

        var posting = Assert.Single(LeverParser.ParsePage(json, "acme"));

        Assert.Equal("a3", posting.ExternalId);
        Assert.Null(posting.DescriptionHtml);
        Assert.Null(posting.DescriptionText);
    }

    [Fact]
    public void ParsePage_EmptyArray_ReturnsEmpty()
    {
        Assert.Empty(LeverParser.ParsePage("[]", "acme"));
    }

    [Theory]
    [InlineData("""{"ok":false,"error":"Document not found"}""", "not a list of postings")]
    [InlineData("""[{"id":"a1",""", "malformed JSON")]
    [InlineData("<html><body>Access denied</body></html>", "HTML page")]
    public void ParsePage_NotAPostingList_ThrowsSourceFormatExceptionNamingLever(string json, string expected)
    {
        var error = Assert.Throws<SourceFormatException>(() => LeverParser.ParsePage(json, "acme"));

        Assert.StartsWith("Lever site \"acme\" answered with", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsePage_RealCapture_TakesTitlesFromTextAndDatesFromCreatedAt()
    {
        var json = File.ReadAllText(SharedFixtures.PathOf("jobboards/lever.json"));

        var postings = LeverParser.ParsePage(json, "palantir");

        Assert.Equal(["Administrative Business Partner", "Administrative Business Partner - Security"], postings.Select(p => p.Title));
        Assert.Equal(new DateTime(2024, 3, 25, 21, 50, 16, 463, DateTimeKind.Utc), postings[0].PostedAt);
        Assert.All(postings, p => Assert.Null(p.Company));
        Assert.All(postings, p => Assert.Equal(WorkplaceType.Hybrid, p.Workplace));
    }

    [Fact]
    public void ParsePage_RealCapture_MapsCategories()
    {
        var json = File.ReadAllText(SharedFixtures.PathOf("jobboards/lever.json"));

        var security = LeverParser.ParsePage(json, "palantir")[1];

        Assert.Equal("0bbfd4f4-41ff-4ec6-b73f-5200efd5d4d3", security.ExternalId);
        Assert.Equal("Palo Alto, CA", security.Location);
        Assert.Equal(["Palo Alto, CA"], security.Locations);
        Assert.Equal("Full-time", security.EmploymentType);
        Assert.Equal("Administrative", security.Department);
        Assert.Equal("https://jobs.lever.co/palantir/0bbfd4f4-41ff-4ec6-b73f-5200efd5d4d3/apply", security.ApplyUrl);
    }

    [Fact]
    public void ParsePage_RealCapture_RequirementsFromListsAreInTheDescription()
    {
        var json = File.ReadAllText(SharedFixtures.PathOf("jobboards/lever.json"));

        var partner = LeverParser.ParsePage(json, "palantir")[0];

        Assert.Contains("<h3>What We Require</h3><ul><li>At least three years of previous administrative", partner.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains(
            "\nWhat We Require\nAt least three years of previous administrative or personal support experience, preferably in a fast-paced environment.\n",
            partner.DescriptionText,
            StringComparison.Ordinal);
        Assert.StartsWith("A World-Changing Company", partner.DescriptionText, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsePage_RealCapture_SalaryOnlyInAdditionalPlainStaysProse()
    {
        var json = File.ReadAllText(SharedFixtures.PathOf("jobboards/lever.json"));

        var security = LeverParser.ParsePage(json, "palantir")[1];

        Assert.Null(security.SalaryMin);
        Assert.Contains("$60,000 - $97,000/year", security.DescriptionText, StringComparison.Ordinal);
    }
}
