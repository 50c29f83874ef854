using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Workable;

namespace JobSentinel.Tests.Unit.Sources.Workable;

public sealed class WorkableParserTests
{
    // Hand-written in the shape of GET /api/v1/widget/accounts/{slug}?details=true: the widget lists a
    // job once per location, so "5E2D9A1B7C" appears twice.
    private const string Account = """
        {
          "name": "Northwind Analytics ",
          "description": "<p>We turn logistics data into decisions.</p>",
          "jobs": [
            {
              "title": "Senior Data Scientist",
              "shortcode": "5E2D9A1B7C",
              "code": "DS-204",
              "employment_type": "Full-time",
              "telecommuting": false,
              "department": "Data",
              "url": "https://apply.workable.com/j/5E2D9A1B7C",
              "shortlink": "https://apply.workable.com/j/5E2D9A1B7C",
              "application_url": "https://apply.workable.com/j/5E2D9A1B7C/apply",
              "published_on": "2026-06-10",
              "created_at": "2026-06-08",
              "country": "Greece",
              "city": "Athens",
              "state": "Attica",
              "education": "",
              "experience": "Mid-Senior level",
              "function": "Engineering",
              "industry": "Computer Software",
              "locations": [
                { "country": "Greece", "countryCode": "GR", "city": "Athens", "region": "Attica", "hidden": false }
              ],
              "description": "<p>Model demand across 40 warehouses.</p><p><strong>Requirements</strong></p><ul><li>Python</li></ul>"
            },
            {
              "title": "Senior Data Scientist",
              "shortcode": "5E2D9A1B7C",
              "code": "DS-204",
              "employment_type": "Full-time",
              "telecommuting": true,
              "department": "Data",
              "url": "https://apply.workable.com/j/5E2D9A1B7C",
              "shortlink": "https://apply.workable.com/j/5E2D9A1B7C",
              "application_url": "https://apply.workable.com/j/5E2D9A1B7C/apply",
              "published_on": "2026-06-10",
              "created_at": "2026-06-08",
              "country": "Portugal",
              "city": "Lisbon",
              "state": "",
              "locations": [
                { "country": "Portugal", "countryCode": "PT", "city": "Lisbon", "region": "", "hidden": false },
                { "country": "Spain", "countryCode": "ES", "city": "Madrid", "region": "", "hidden": true }
              ],
              "description": "<p>Model demand across 40 warehouses.</p><p><strong>Requirements</strong></p><ul><li>Python</li></ul>"
            },
            {
              "title": "Customer Success Manager",
              "shortcode": "A41C07F3E2",
              "code": "",
              "employment_type": "Part-time",
              "telecommuting": "false",
              "department": "",
              "url": "https://apply.workable.com/j/A41C07F3E2",
              "shortlink": "https://apply.workable.com/j/A41C07F3E2",
              "application_url": "https://apply.workable.com/j/A41C07F3E2/apply",
              "published_on": null,
              "created_at": "2026-05-28",
              "country": "United Kingdom",
              "city": "",
              "state": "England",
              "description": "<p>Look after our retail accounts.</p>"
            }
          ]
        }
        """;

    [Fact]
    public void Parse_OneEntryPerLocation_GivesOnePostingPerShortcode()
    {
        var postings = WorkableParser.Parse(Account, "northwind");

        Assert.Equal(["5E2D9A1B7C", "A41C07F3E2"], postings.Select(p => p.ExternalId));
    }

    [Fact]
    public void Parse_DuplicateEntries_MergeTheirVisibleLocationsInOrder()
    {
        var scientist = WorkableParser.Parse(Account, "northwind")[0];

        Assert.Equal("Athens, Attica, Greece", scientist.Location);
        Assert.Equal(["Athens, Attica, Greece", "Lisbon, Portugal"], scientist.Locations);
    }

    [Fact]
    public void Parse_FullJob_MapsCompanyUrlsAndDescription()
    {
        var scientist = WorkableParser.Parse(Account, "northwind")[0];

        Assert.Equal("Senior Data Scientist", scientist.Title);
        Assert.Equal("Northwind Analytics", scientist.Company);
        Assert.Equal("https://apply.workable.com/j/5E2D9A1B7C", scientist.Url);
        Assert.Equal("https://apply.workable.com/j/5E2D9A1B7C/apply", scientist.ApplyUrl);
        Assert.Equal("Full-time", scientist.EmploymentType);
        Assert.Equal("Data", scientist.Department);
        Assert.StartsWith("<p>Model demand across 40 warehouses.</p>", scientist.DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnyEntryTelecommuting_MakesTheMergedPostingRemote()
    {
        var scientist = WorkableParser.Parse(Account, "northwind")[0];

        Assert.True(scientist.RemoteFlag);
        Assert.Null(scientist.Workplace);
    }

    [Fact]
    public void Parse_TelecommutingAsText_IsReadAsAFlag()
    {
        var manager = WorkableParser.Parse(Account, "northwind")[1];

        Assert.False(manager.RemoteFlag);
    }

    [Fact]
    public void Parse_PublishedOn_IsTheUtcPostedDate()
    {
        var scientist = WorkableParser.Parse(Account, "northwind")[0];

        Assert.Equal(new DateTime(2026, 6, 10, 0, 0, 0, DateTimeKind.Utc), scientist.PostedAt);
        Assert.Equal(DateTimeKind.Utc, scientist.PostedAt!.Value.Kind);
    }

    [Fact]
    public void Parse_NoPublishedOn_PostedAtFallsBackToCreatedAt()
    {
        var manager = WorkableParser.Parse(Account, "northwind")[1];

        Assert.Equal(new DateTime(2026, 5, 28, 0, 0, 0, DateTimeKind.Utc), manager.PostedAt);
    }

    [Fact]
    public void Parse_EmptyLocationParts_AreLeftOutAndEmptyDepartmentIsNull()
    {
        var manager = WorkableParser.Parse(Account, "northwind")[1];

        Assert.Equal("England, United Kingdom", manager.Location);
        Assert.Null(manager.Department);
    }

    [Fact]
    public void Parse_WorkableGivesNoStructuredSalary_LeavesItEmpty()
    {
        var scientist = WorkableParser.Parse(Account, "northwind")[0];

        Assert.Null(scientist.SalaryMin);
        Assert.Null(scientist.SalaryMax);
    }

    [Fact]
    public void Parse_AccountWithoutJobs_ReturnsEmpty()
    {
        Assert.Empty(WorkableParser.Parse("""{"name":"Quiet Co","description":null,"jobs":[]}""", "quiet"));
    }

    [Fact]
    public void Parse_NoAccountName_CompanyIsNull()
    {
        const string json = """{"jobs":[{"title":"Chef","shortcode":"C1"}]}""";

        var posting = Assert.Single(WorkableParser.Parse(json, "kitchen"));

        Assert.Null(posting.Company);
    }

    [Fact]
    public void Parse_JobsWithoutShortcodeOrTitle_AreSkipped()
    {
        const string json = """
            {"name":"Acme","jobs":[{"title":"No code"},{"shortcode":"B2","title":" "},{"shortcode":"B3","title":"Kept","locations":null}]}
            """;

        var posting = Assert.Single(WorkableParser.Parse(json, "acme"));

        Assert.Equal("B3", posting.ExternalId);
        Assert.Empty(posting.Locations);
    }

    [Theory]
    [InlineData("""[{"title":"Chef","shortcode":"C1"}]""", "no jobs list")]
    [InlineData("""{"name":"Acme"}""", "no jobs list")]
    [InlineData("""{"name":"Acme","jobs":[{"title":}]}""", "malformed JSON")]
    [InlineData("<html><body><h1>429 Too Many Requests</h1></body></html>", "HTML page")]
    public void Parse_NotAnAccount_ThrowsSourceFormatExceptionNamingWorkable(string json, string expected)
    {
        var error = Assert.Throws<SourceFormatException>(() => WorkableParser.Parse(json, "acme"));

        Assert.StartsWith("Workable account \"acme\" answered with", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
