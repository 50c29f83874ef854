using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Ashby;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Unit.Sources.Ashby;

public sealed class AshbyParserTests
{
    // The shape of GET /posting-api/job-board/{board}?includeCompensation=true.
    private const string Board = """
        {
          "apiVersion": "1",
          "jobs": [
            {
              "id": "8d2f7c1e-3a4b-4c5d-9e6f-0a1b2c3d4e5f",
              "title": "Staff Data Engineer",
              "department": "Engineering",
              "team": "Data Platform",
              "employmentType": "FullTime",
              "location": "New York",
              "secondaryLocations": [
                { "location": "Boston", "address": { "postalAddress": { "addressLocality": "Boston" } } },
                { "location": "New York" }
              ],
              "publishedAt": "2026-03-02T15:30:00.000+00:00",
              "updatedAt": "2026-03-09T08:00:00.000+00:00",
              "isListed": true,
              "isRemote": true,
              "workplaceType": "Hybrid",
              "jobUrl": "https://jobs.ashbyhq.com/acme/8d2f7c1e-3a4b-4c5d-9e6f-0a1b2c3d4e5f",
              "applyUrl": "https://jobs.ashbyhq.com/acme/8d2f7c1e-3a4b-4c5d-9e6f-0a1b2c3d4e5f/application",
              "descriptionHtml": "<p>Own our lakehouse.</p>",
              "descriptionPlain": "Own our lakehouse.",
              "compensation": {
                "compensationTierSummary": "$180K – $240K • Offers Equity",
                "scrapeableCompensationSalarySummary": "$180K - $240K",
                "compensationTiers": [
                  {
                    "id": "t1",
                    "title": "Zone A",
                    "tierSummary": "$200K – $240K • Offers Equity",
                    "components": [
                      { "id": "c1", "summary": "0.05% – 0.1%", "compensationType": "EquityPercentage", "interval": "NONE", "currencyCode": null, "minValue": 0.05, "maxValue": 0.1 },
                      { "id": "c2", "summary": "$200K – $240K", "compensationType": "Salary", "interval": "1 YEAR", "currencyCode": "USD", "minValue": 200000, "maxValue": 240000 },
                      { "id": "c3", "summary": "$30K", "compensationType": "Bonus", "interval": "1 YEAR", "currencyCode": "USD", "minValue": 30000, "maxValue": 30000 }
                    ]
                  },
                  {
                    "id": "t2",
                    "title": "Zone B",
                    "tierSummary": "$180K – $215K",
                    "components": [
                      { "id": "c4", "summary": "$180K – $215K", "compensationType": "Salary", "interval": "1 YEAR", "currencyCode": "USD", "minValue": 180000, "maxValue": 215000 }
                    ]
                  }
                ],
                "summaryComponents": [
                  { "compensationType": "Salary", "interval": "1 YEAR", "currencyCode": "USD", "minValue": 180000, "maxValue": 240000 }
                ]
              }
            }
          ]
        }
        """;

    [Fact]
    public void Parse_FullJob_MapsIdentityUrlsAndDescriptions()
    {
        var posting = Assert.Single(AshbyParser.Parse(Board, "acme"));

        Assert.Equal("8d2f7c1e-3a4b-4c5d-9e6f-0a1b2c3d4e5f", posting.ExternalId);
        Assert.Equal("Staff Data Engineer", posting.Title);
        Assert.Null(posting.Company);
        Assert.Equal("https://jobs.ashbyhq.com/acme/8d2f7c1e-3a4b-4c5d-9e6f-0a1b2c3d4e5f", posting.Url);
        Assert.Equal("https://jobs.ashbyhq.com/acme/8d2f7c1e-3a4b-4c5d-9e6f-0a1b2c3d4e5f/application", posting.ApplyUrl);
        Assert.Equal("<p>Own our lakehouse.</p>", posting.DescriptionHtml);
        Assert.Equal("Own our lakehouse.", posting.DescriptionText);
        Assert.Equal("FullTime", posting.EmploymentType);
        Assert.Equal("Engineering", posting.Department);
    }

    [Fact]
    public void Parse_PublishedAtAndUpdatedAt_MapToUtcDates()
    {
        var posting = Assert.Single(AshbyParser.Parse(Board, "acme"));

        Assert.Equal(new DateTime(2026, 3, 2, 15, 30, 0, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal(new DateTime(2026, 3, 9, 8, 0, 0, DateTimeKind.Utc), posting.UpdatedAt);
    }

    [Fact]
    public void Parse_NoPublishedAt_PostedAtFallsBackToUpdatedAt()
    {
        const string json = """{"jobs":[{"id":"j1","title":"PM","updatedAt":"2026-03-09T08:00:00Z"}]}""";

        var posting = Assert.Single(AshbyParser.Parse(json, "acme"));

        Assert.Equal(new DateTime(2026, 3, 9, 8, 0, 0, DateTimeKind.Utc), posting.PostedAt);
    }

    [Fact]
    public void Parse_HybridRoleFlaggedRemote_TrustsWorkplaceTypeAndKeepsTheFlag()
    {
        var posting = Assert.Single(AshbyParser.Parse(Board, "acme"));

        Assert.Equal(WorkplaceType.Hybrid, posting.Workplace);
        Assert.True(posting.RemoteFlag);
    }

    [Theory]
    [InlineData("Remote", WorkplaceType.Remote)]
    [InlineData("OnSite", WorkplaceType.Onsite)]
    [InlineData("Hybrid", WorkplaceType.Hybrid)]
    public void Parse_WorkplaceType_MapsToWorkplace(string workplaceType, WorkplaceType expected)
    {
        var json = $$"""{"jobs":[{"id":"j1","title":"PM","isRemote":false,"workplaceType":"{{workplaceType}}"}]}""";

        var posting = Assert.Single(AshbyParser.Parse(json, "acme"));

        Assert.Equal(expected, posting.Workplace);
    }

    [Fact]
    public void Parse_NoWorkplaceType_LeavesWorkplaceUnknownDespiteIsRemote()
    {
        const string json = """{"jobs":[{"id":"j1","title":"PM","isRemote":true,"workplaceType":null}]}""";

        var posting = Assert.Single(AshbyParser.Parse(json, "acme"));

        Assert.Null(posting.Workplace);
        Assert.True(posting.RemoteFlag);
    }

    [Fact]
    public void Parse_SecondaryLocations_FollowThePrimaryWithoutRepeats()
    {
        var posting = Assert.Single(AshbyParser.Parse(Board, "acme"));

        Assert.Equal("New York", posting.Location);
        Assert.Equal(["New York", "Boston"], posting.Locations);
    }

    [Fact]
    public void Parse_SalaryComponentsOfAllTiers_SpanTheLowestMinimumToTheHighestMaximum()
    {
        var posting = Assert.Single(AshbyParser.Parse(Board, "acme"));

        Assert.Equal(180000m, posting.SalaryMin);
        Assert.Equal(240000m, posting.SalaryMax);
        Assert.Equal("USD", posting.SalaryCurrency);
        Assert.Equal(SalaryPeriod.Year, posting.SalaryPeriod);
    }

    [Fact]
    public void Parse_OnlyEquityAndBonus_GivesNoSalary()
    {
        const string json = """
            {"jobs":[{"id":"j1","title":"PM","compensation":{"compensationTiers":[{"components":[
              {"compensationType":"EquityPercentage","interval":"NONE","currencyCode":null,"minValue":0.1,"maxValue":0.5},
              {"compensationType":"Bonus","interval":"1 YEAR","currencyCode":"USD","minValue":10000,"maxValue":20000}
            ]}],"summaryComponents":[]}}]}
            """;

        var posting = Assert.Single(AshbyParser.Parse(json, "acme"));

        Assert.Null(posting.SalaryMin);
        Assert.Null(posting.SalaryMax);
        Assert.Null(posting.SalaryCurrency);
    }

    [Fact]
    public void Parse_SalaryOnlyInSummaryComponents_IsUsed()
    {
        const string json = """
            {"jobs":[{"id":"j1","title":"PM","compensation":{"compensationTiers":[],"summaryComponents":[
              {"compensationType":"Salary","interval":"1 HOUR","currencyCode":"GBP","minValue":"40","maxValue":55.5}
            ]}}]}
            """;

        var posting = Assert.Single(AshbyParser.Parse(json, "acme"));

        Assert.Equal(40m, posting.SalaryMin);
        Assert.Equal(55.5m, posting.SalaryMax);
        Assert.Equal("GBP", posting.SalaryCurrency);
        Assert.Equal(SalaryPeriod.Hour, posting.SalaryPeriod);
    }

    [Fact]
    public void Parse_SalaryZero_IsUnknown()
    {
        const string json = """
            {"jobs":[{"id":"j1","title":"PM","compensation":{"compensationTiers":[{"components":[
              {"compensationType":"Salary","interval":"1 YEAR","currencyCode":"USD","minValue":0,"maxValue":120000}
            ]}]}}]}
            """;

        var posting = Assert.Single(AshbyParser.Parse(json, "acme"));

        Assert.Null(posting.SalaryMin);
        Assert.Equal(120000m, posting.SalaryMax);
    }

    [Fact]
    public void Parse_TierInAnotherCurrency_DoesNotWidenTheRange()
    {
        const string json = """
            {"jobs":[{"id":"j1","title":"PM","compensation":{"compensationTiers":[
              {"components":[{"compensationType":"Salary","interval":"1 YEAR","currencyCode":"USD","minValue":150000,"maxValue":170000}]},
              {"components":[{"compensationType":"Salary","interval":"1 YEAR","currencyCode":"EUR","minValue":90000,"maxValue":110000}]}
            ]}}]}
            """;

        var posting = Assert.Single(AshbyParser.Parse(json, "acme"));

        Assert.Equal(150000m, posting.SalaryMin);
        Assert.Equal(170000m, posting.SalaryMax);
        Assert.Equal("USD", posting.SalaryCurrency);
    }

    [Fact]
    public void Parse_UnlistedJob_IsSkipped()
    {
        const string json = """
            {"jobs":[{"id":"j1","title":"Hidden","isListed":false},{"id":"j2","title":"Shown","isListed":true}]}
            """;

        var posting = Assert.Single(AshbyParser.Parse(json, "acme"));

        Assert.Equal("j2", posting.ExternalId);
    }

    [Fact]
    public void Parse_JobsWithoutIdOrTitle_AreSkipped()
    {
        const string json = """{"jobs":[{"title":"No id"},{"id":"j2"},{"id":"j3","title":"Kept","secondaryLocations":null,"compensation":null}]}""";

        var posting = Assert.Single(AshbyParser.Parse(json, "acme"));

        Assert.Equal("j3", posting.ExternalId);
    }

    [Theory]
    [InlineData("""[{"id":"j1","title":"PM"}]""", "no jobs list")]
    [InlineData("""{"apiVersion":"1"}""", "no jobs list")]
    [InlineData("""{"apiVersion":"1","jobs":[""", "malformed JSON")]
    [InlineData("\n<!doctype html><title>Attention Required! | Cloudflare</title>", "HTML page")]
    public void Parse_NotAJobBoard_ThrowsSourceFormatExceptionNamingAshby(string json, string expected)
    {
        var error = Assert.Throws<SourceFormatException>(() => AshbyParser.Parse(json, "acme"));

        Assert.StartsWith("Ashby board \"acme\" answered with", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RealCapture_ReadsBothOnSiteJobsWithTheirSecondaryLocation()
    {
        var json = File.ReadAllText(SharedFixtures.PathOf("jobboards/ashby.json"));

        var postings = AshbyParser.Parse(json, "openevidence");

        Assert.Equal(["Member of Technical Staff", "Software Engineer, Data Platform"], postings.Select(p => p.Title));
        Assert.All(postings, p => Assert.Equal(WorkplaceType.Onsite, p.Workplace));
        Assert.All(postings, p => Assert.False(p.RemoteFlag));
        Assert.All(postings, p => Assert.Equal(["San Francisco", "Miami"], p.Locations));
        Assert.All(postings, p => Assert.Equal("Engineering", p.Department));
    }

    [Fact]
    public void Parse_RealCapture_MapsDatesAndUrls()
    {
        var json = File.ReadAllText(SharedFixtures.PathOf("jobboards/ashby.json"));

        var dataPlatform = AshbyParser.Parse(json, "openevidence")[1];

        Assert.Equal("db203104-7408-48ee-8e11-25340e11b739", dataPlatform.ExternalId);
        Assert.Equal(new DateTime(2026, 2, 23, 4, 19, 16, 820, DateTimeKind.Utc), dataPlatform.PostedAt);
        Assert.Null(dataPlatform.UpdatedAt);
        Assert.Equal("https://jobs.ashbyhq.com/openevidence/db203104-7408-48ee-8e11-25340e11b739/application", dataPlatform.ApplyUrl);
        Assert.StartsWith("Role", dataPlatform.DescriptionText, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RealCapture_EmptyCompensationGivesNoSalaryDespiteDollarFiguresInProse()
    {
        var json = File.ReadAllText(SharedFixtures.PathOf("jobboards/ashby.json"));

        var postings = AshbyParser.Parse(json, "openevidence");

        // The descriptions mention "a $12B company": company value, not pay.
        Assert.All(postings, p => Assert.Contains("$12B", p.DescriptionText, StringComparison.Ordinal));
        Assert.All(postings, p => Assert.Null(p.SalaryMin));
        Assert.All(postings, p => Assert.Null(p.SalaryMax));
        Assert.All(postings, p => Assert.Null(p.SalaryCurrency));
    }
}
