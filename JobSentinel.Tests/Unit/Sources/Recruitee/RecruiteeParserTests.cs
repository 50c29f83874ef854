using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Recruitee;

namespace JobSentinel.Tests.Unit.Sources.Recruitee;

public sealed class RecruiteeParserTests
{
    // Hand-written in the shape of GET https://{company}.recruitee.com/api/offers/.
    private const string Offers = """
        {
          "offers": [
            {
              "id": 2695896,
              "slug": "senior-frontend-engineer",
              "position": 3,
              "status": "published",
              "options_cv": "required",
              "title": "Senior Frontend Engineer",
              "description": "<p>Build our checkout in React.</p>",
              "requirements": "<ul><li>5+ years of TypeScript</li></ul>",
              "location": "Amsterdam, North Holland, Netherlands",
              "city": "Amsterdam",
              "country": "Netherlands",
              "country_code": "NL",
              "remote": false,
              "hybrid": true,
              "on_site": false,
              "created_at": "2026-06-01 09:12:44 UTC",
              "published_at": "2026-06-02 07:00:00 UTC",
              "close_at": null,
              "careers_url": "https://paywave.recruitee.com/o/senior-frontend-engineer",
              "careers_apply_url": "https://paywave.recruitee.com/o/senior-frontend-engineer/c/new",
              "employment_type_code": "fulltime_permanent",
              "category_code": "it",
              "experience_code": "experienced",
              "department": "Engineering",
              "company_name": "PayWave",
              "min_hours": 36,
              "max_hours": 40,
              "salary": { "min": "5000", "max": "6500", "currency": "EUR", "period": "month" },
              "locations": [
                { "id": 101, "name": "Amsterdam HQ", "city": "Amsterdam", "state": "North Holland", "country": "Netherlands", "country_code": "NL" },
                { "id": 102, "name": "Utrecht office", "city": "Utrecht", "state": "Utrecht", "country": "Netherlands", "country_code": "NL" }
              ],
              "tags": ["react", "typescript"]
            },
            {
              "id": 2700825,
              "slug": "support-engineer-us",
              "status": "published",
              "title": "Support Engineer (US)",
              "description": "<p>Help merchants.</p>",
              "requirements": "",
              "location": "Remote job",
              "city": "Remote",
              "country": "United States",
              "remote": true,
              "hybrid": false,
              "on_site": false,
              "created_at": "2026-07-30T19:46:15.000Z",
              "published_at": null,
              "careers_url": "https://paywave.recruitee.com/o/support-engineer-us",
              "careers_apply_url": "https://paywave.recruitee.com/o/support-engineer-us/c/new",
              "employment_type_code": "fulltime",
              "department": null,
              "company_name": "PayWave",
              "salary": { "min": null, "max": null, "currency": "USD", "period": "year" }
            },
            {
              "id": "2711042",
              "slug": "warehouse-lead",
              "title": "Warehouse Lead",
              "description": null,
              "requirements": "<p>Forklift licence.</p>",
              "location": "Rotterdam, Netherlands",
              "remote": false,
              "hybrid": false,
              "on_site": true,
              "published_at": "2026-07-01T08:00:00+02:00",
              "careers_url": null,
              "careers_apply_url": null,
              "salary": { "min": 0, "max": "0", "currency": "EUR", "period": "hour" }
            }
          ]
        }
        """;

    [Fact]
    public void Parse_FullOffer_MapsIdentityCompanyAndUrls()
    {
        var engineer = RecruiteeParser.Parse(Offers, "paywave")[0];

        Assert.Equal("2695896", engineer.ExternalId);
        Assert.Equal("Senior Frontend Engineer", engineer.Title);
        Assert.Equal("PayWave", engineer.Company);
        Assert.Equal("https://paywave.recruitee.com/o/senior-frontend-engineer", engineer.Url);
        Assert.Equal("https://paywave.recruitee.com/o/senior-frontend-engineer/c/new", engineer.ApplyUrl);
        Assert.Equal("fulltime_permanent", engineer.EmploymentType);
        Assert.Equal("Engineering", engineer.Department);
    }

    [Fact]
    public void Parse_DescriptionAndRequirements_AreJoinedIntoTheHtml()
    {
        var postings = RecruiteeParser.Parse(Offers, "paywave");

        Assert.Equal("<p>Build our checkout in React.</p><ul><li>5+ years of TypeScript</li></ul>", postings[0].DescriptionHtml);
        Assert.Equal("<p>Help merchants.</p>", postings[1].DescriptionHtml);
        Assert.Equal("<p>Forklift licence.</p>", postings[2].DescriptionHtml);
    }

    [Fact]
    public void Parse_RecruiteeUtcSuffixDate_IsReadAsUtc()
    {
        var engineer = RecruiteeParser.Parse(Offers, "paywave")[0];

        Assert.Equal(new DateTime(2026, 6, 2, 7, 0, 0, DateTimeKind.Utc), engineer.PostedAt);
        Assert.Equal(DateTimeKind.Utc, engineer.PostedAt!.Value.Kind);
    }

    [Fact]
    public void Parse_NoPublishedAt_PostedAtFallsBackToCreatedAt()
    {
        var support = RecruiteeParser.Parse(Offers, "paywave")[1];

        Assert.Equal(new DateTime(2026, 7, 30, 19, 46, 15, DateTimeKind.Utc), support.PostedAt);
    }

    [Fact]
    public void Parse_DateWithOffset_IsConvertedToUtc()
    {
        var lead = RecruiteeParser.Parse(Offers, "paywave")[2];

        Assert.Equal(new DateTime(2026, 7, 1, 6, 0, 0, DateTimeKind.Utc), lead.PostedAt);
    }

    [Fact]
    public void Parse_WorkplaceFlags_MapToWorkplaceAndRemoteFlag()
    {
        var postings = RecruiteeParser.Parse(Offers, "paywave");

        Assert.Equal(WorkplaceType.Hybrid, postings[0].Workplace);
        Assert.False(postings[0].RemoteFlag);
        Assert.Equal(WorkplaceType.Remote, postings[1].Workplace);
        Assert.True(postings[1].RemoteFlag);
        Assert.Equal(WorkplaceType.Onsite, postings[2].Workplace);
    }

    [Fact]
    public void Parse_OfferLocations_AreJoinedFromCityStateAndCountry()
    {
        var engineer = RecruiteeParser.Parse(Offers, "paywave")[0];

        Assert.Equal("Amsterdam, North Holland, Netherlands", engineer.Location);
        Assert.Equal(["Amsterdam, North Holland, Netherlands", "Utrecht, Utrecht, Netherlands"], engineer.Locations);
    }

    [Fact]
    public void Parse_RemoteOffer_KeepsTheLocationAsDisplayed()
    {
        var support = RecruiteeParser.Parse(Offers, "paywave")[1];

        Assert.Equal("Remote job", support.Location);
        Assert.Equal(["Remote job"], support.Locations);
    }

    [Fact]
    public void Parse_StructuredSalaryAsText_IsRead()
    {
        var engineer = RecruiteeParser.Parse(Offers, "paywave")[0];

        Assert.Equal(5000m, engineer.SalaryMin);
        Assert.Equal(6500m, engineer.SalaryMax);
        Assert.Equal("EUR", engineer.SalaryCurrency);
        Assert.Equal(SalaryPeriod.Month, engineer.SalaryPeriod);
    }

    [Fact]
    public void Parse_SalaryWithoutAmounts_IsEmpty()
    {
        var support = RecruiteeParser.Parse(Offers, "paywave")[1];

        Assert.Null(support.SalaryMin);
        Assert.Null(support.SalaryMax);
        Assert.Null(support.SalaryCurrency);
        Assert.Null(support.SalaryPeriod);
    }

    [Fact]
    public void Parse_SalaryZero_IsUnknown()
    {
        var lead = RecruiteeParser.Parse(Offers, "paywave")[2];

        Assert.Null(lead.SalaryMin);
        Assert.Null(lead.SalaryMax);
        Assert.Null(lead.SalaryCurrency);
    }

    [Fact]
    public void Parse_NoCareersUrl_BuildsTheOfferPageOnTheCompanySubdomain()
    {
        var lead = RecruiteeParser.Parse(Offers, "paywave")[2];

        Assert.Equal("https://paywave.recruitee.com/o/warehouse-lead", lead.Url);
        Assert.Null(lead.ApplyUrl);
    }

    [Fact]
    public void Parse_NoCompanyName_CompanyIsNull()
    {
        var lead = RecruiteeParser.Parse(Offers, "paywave")[2];

        Assert.Null(lead.Company);
    }

    [Fact]
    public void Parse_OffersWithoutIdOrTitle_AreSkipped()
    {
        const string json = """
            {"offers":[{"title":"No id or slug"},{"id":2,"title":""},{"id":3,"title":"Kept","locations":null,"salary":null}]}
            """;

        var posting = Assert.Single(RecruiteeParser.Parse(json, "paywave"));

        Assert.Equal("3", posting.ExternalId);
    }

    [Fact]
    public void Parse_UnpublishedOffer_IsSkipped()
    {
        const string json = """
            {"offers":[{"id":1,"title":"Draft","status":"draft"},{"id":2,"title":"Live","status":"published"}]}
            """;

        var posting = Assert.Single(RecruiteeParser.Parse(json, "paywave"));

        Assert.Equal("Live", posting.Title);
    }

    [Theory]
    [InlineData("""[{"id":1,"title":"Chef"}]""", "no offers list")]
    [InlineData("""{"error":"Not found"}""", "no offers list")]
    [InlineData("""{"offers":[{"id":1,"title":"Chef"}""", "malformed JSON")]
    [InlineData("<!DOCTYPE html><html lang=\"en\"><body>Careers</body></html>", "HTML page")]
    public void Parse_NotAnOfferList_ThrowsSourceFormatExceptionNamingRecruitee(string json, string expected)
    {
        var error = Assert.Throws<SourceFormatException>(() => RecruiteeParser.Parse(json, "paywave"));

        Assert.StartsWith("Recruitee company \"paywave\" answered with", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
