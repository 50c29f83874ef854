using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Greenhouse;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Unit.Sources.Greenhouse;

public sealed class GreenhouseParserTests
{
    // The shape of GET /v1/boards/{token}/jobs?content=true, trimmed to what matters.
    private const string Board = """
        {
          "jobs": [
            {
              "absolute_url": "https://job-boards.greenhouse.io/acme/jobs/4012345007",
              "internal_job_id": 3987654007,
              "location": { "name": "  New York, NY " },
              "metadata": null,
              "id": 4012345007,
              "updated_at": "2026-05-20T10:15:00-04:00",
              "requisition_id": "ENG-112",
              "title": "Senior Backend Engineer ",
              "company_name": "Acme Robotics",
              "first_published": "2026-05-01T09:00:00-04:00",
              "content": "&lt;p&gt;Build &amp;amp; run our APIs.&lt;/p&gt;&lt;h3&gt;Compensation&lt;/h3&gt;&lt;p&gt;$150k - $190k&lt;/p&gt;",
              "departments": [
                { "id": 11, "name": "Engineering ", "child_ids": [], "parent_id": null },
                { "id": 12, "name": "Platform", "child_ids": [], "parent_id": 11 }
              ],
              "offices": [
                { "id": 21, "name": "New York", "location": "New York, NY", "child_ids": [], "parent_id": null },
                { "id": 22, "name": "Toronto", "location": "Toronto, ON, Canada", "child_ids": [], "parent_id": null }
              ]
            }
          ],
          "meta": { "total": 1 }
        }
        """;

    [Fact]
    public void Parse_FullJob_MapsIdentityTitleCompanyAndUrl()
    {
        var posting = Assert.Single(GreenhouseParser.Parse(Board, "acme"));

        Assert.Equal("4012345007", posting.ExternalId);
        Assert.Equal("Senior Backend Engineer", posting.Title);
        Assert.Equal("Acme Robotics", posting.Company);
        Assert.Equal("https://job-boards.greenhouse.io/acme/jobs/4012345007", posting.Url);
    }

    [Fact]
    public void Parse_EscapedContent_KeepsItAsDelivered()
    {
        var posting = Assert.Single(GreenhouseParser.Parse(Board, "acme"));

        Assert.Equal(
            "&lt;p&gt;Build &amp;amp; run our APIs.&lt;/p&gt;&lt;h3&gt;Compensation&lt;/h3&gt;&lt;p&gt;$150k - $190k&lt;/p&gt;",
            posting.DescriptionHtml);
    }

    [Fact]
    public void Parse_FirstPublishedAndUpdatedAt_PostedAtIsFirstPublishedInUtc()
    {
        var posting = Assert.Single(GreenhouseParser.Parse(Board, "acme"));

        Assert.Equal(new DateTime(2026, 5, 1, 13, 0, 0, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal(DateTimeKind.Utc, posting.PostedAt!.Value.Kind);
        Assert.Equal(new DateTime(2026, 5, 20, 14, 15, 0, DateTimeKind.Utc), posting.UpdatedAt);
    }

    [Fact]
    public void Parse_NoFirstPublished_PostedAtFallsBackToUpdatedAt()
    {
        const string json = """
            {"jobs":[{"id":1,"title":"Analyst","updated_at":"2026-05-20T10:15:00Z"}]}
            """;

        var posting = Assert.Single(GreenhouseParser.Parse(json, "acme"));

        Assert.Equal(new DateTime(2026, 5, 20, 10, 15, 0, DateTimeKind.Utc), posting.PostedAt);
    }

    [Fact]
    public void Parse_DateWithoutZone_IsTakenAsUtc()
    {
        const string json = """
            {"jobs":[{"id":1,"title":"Analyst","first_published":"2026-05-20T10:15:00"}]}
            """;

        var posting = Assert.Single(GreenhouseParser.Parse(json, "acme"));

        Assert.Equal(new DateTime(2026, 5, 20, 10, 15, 0, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal(DateTimeKind.Utc, posting.PostedAt!.Value.Kind);
    }

    [Fact]
    public void Parse_LocationAndDepartments_TakesTrimmedLocationAndFirstDepartment()
    {
        var posting = Assert.Single(GreenhouseParser.Parse(Board, "acme"));

        Assert.Equal("New York, NY", posting.Location);
        Assert.Equal("Engineering", posting.Department);
    }

    [Fact]
    public void Parse_OfficesWithOtherPlaces_AddsThemOnceAfterTheLocation()
    {
        var posting = Assert.Single(GreenhouseParser.Parse(Board, "acme"));

        Assert.Equal(["New York, NY", "Toronto, ON, Canada"], posting.Locations);
    }

    [Fact]
    public void Parse_OfficeNameAlreadyInLocation_AddsNothing()
    {
        const string json = """
            {"jobs":[{"id":1,"title":"Analyst","location":{"name":"Remote (United States)"},
              "offices":[{"id":9,"name":"Remote","location":null}]}]}
            """;

        var posting = Assert.Single(GreenhouseParser.Parse(json, "acme"));

        Assert.Equal(["Remote (United States)"], posting.Locations);
    }

    [Fact]
    public void Parse_NoCompanyName_CompanyIsNull()
    {
        const string json = """{"jobs":[{"id":1,"title":"Analyst","company_name":"  "}]}""";

        var posting = Assert.Single(GreenhouseParser.Parse(json, "acme"));

        Assert.Null(posting.Company);
    }

    [Fact]
    public void Parse_SalaryOnlyInProse_LeavesStructuredSalaryEmpty()
    {
        var posting = Assert.Single(GreenhouseParser.Parse(Board, "acme"));

        Assert.Null(posting.SalaryMin);
        Assert.Null(posting.SalaryMax);
        Assert.Null(posting.SalaryCurrency);
        Assert.Null(posting.SalaryPeriod);
    }

    [Fact]
    public void Parse_JobsWithoutIdOrTitle_AreSkipped()
    {
        const string json = """
            {"jobs":[
              {"title":"No id"},
              {"id":2,"title":"   "},
              {"id":3},
              null,
              {"id":4,"title":"Kept"}
            ]}
            """;

        var posting = Assert.Single(GreenhouseParser.Parse(json, "acme"));

        Assert.Equal("4", posting.ExternalId);
    }

    [Fact]
    public void Parse_JobWithImpossibleFieldType_SkipsOnlyThatJob()
    {
        const string json = """
            {"jobs":[
              {"id":1,"title":"Broken","departments":{"name":"not a list"}},
              {"id":2,"title":"Fine"}
            ]}
            """;

        var posting = Assert.Single(GreenhouseParser.Parse(json, "acme"));

        Assert.Equal("Fine", posting.Title);
    }

    [Fact]
    public void Parse_NullArraysAndStringId_AreTolerated()
    {
        const string json = """
            {"jobs":[{"id":"77","title":"Analyst","departments":null,"offices":null,"location":null,"extra":{"x":[1,2]}}]}
            """;

        var posting = Assert.Single(GreenhouseParser.Parse(json, "acme"));

        Assert.Equal("77", posting.ExternalId);
        Assert.Null(posting.Department);
        Assert.Empty(posting.Locations);
    }

    [Fact]
    public void Parse_ByteOrderMarkAndLeadingWhitespace_AreIgnored()
    {
        var posting = Assert.Single(GreenhouseParser.Parse("\uFEFF\n  {\"jobs\":[{\"id\":1,\"title\":\"Analyst\"}]}", "acme"));

        Assert.Equal("Analyst", posting.Title);
    }

    [Fact]
    public void Parse_NullJobs_ReturnsEmpty()
    {
        Assert.Empty(GreenhouseParser.Parse("""{"jobs":null,"meta":{"total":0}}""", "acme"));
    }

    [Theory]
    [InlineData("""{"jobs":[{"id":1,"title":"Cut""", "malformed JSON")]
    [InlineData("<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>", "HTML page")]
    [InlineData("""[{"id":1,"title":"Analyst"}]""", "no jobs list")]
    [InlineData("""{"status":404,"error":"Job not found"}""", "no jobs list")]
    [InlineData("""{"jobs":{"id":1}}""", "no jobs list")]
    [InlineData("   ", "empty body")]
    public void Parse_NotAJobBoard_ThrowsSourceFormatExceptionNamingGreenhouse(string json, string expected)
    {
        var error = Assert.Throws<SourceFormatException>(() => GreenhouseParser.Parse(json, "acme"));

        Assert.StartsWith("Greenhouse board \"acme\" answered with", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RealCapture_ReadsBothJobsOfTheTrimmedBoard()
    {
        var json = File.ReadAllText(SharedFixtures.PathOf("jobboards/greenhouse.json"));

        var postings = GreenhouseParser.Parse(json, "smarterdx");

        Assert.Equal(["5193736007", "5099964007"], postings.Select(p => p.ExternalId));
        Assert.Equal(["Client Support Analyst I", "Clinical Coding Specialist"], postings.Select(p => p.Title));
        Assert.All(postings, p => Assert.Equal("SmarterDx", p.Company));
        Assert.All(postings, p => Assert.Equal("Remote (United States)", p.Location));
        Assert.Equal(["Customer Success", "Clinical Operations"], postings.Select(p => p.Department));
    }

    [Fact]
    public void Parse_RealCapture_PostedAtIsFirstPublishedNotTheLaterEdit()
    {
        var json = File.ReadAllText(SharedFixtures.PathOf("jobboards/greenhouse.json"));

        var coding = GreenhouseParser.Parse(json, "smarterdx")[1];

        Assert.Equal(new DateTime(2026, 4, 6, 13, 38, 12, DateTimeKind.Utc), coding.PostedAt);
        Assert.Equal(new DateTime(2026, 7, 16, 15, 4, 2, DateTimeKind.Utc), coding.UpdatedAt);
    }

    [Fact]
    public void Parse_RealCapture_KeepsEscapedContentAndLeavesProseSalaryForLater()
    {
        var json = File.ReadAllText(SharedFixtures.PathOf("jobboards/greenhouse.json"));

        var coding = GreenhouseParser.Parse(json, "smarterdx")[1];

        Assert.StartsWith("&lt;div class=&quot;content-intro&quot;&gt;", coding.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("$75k - $105k", coding.DescriptionHtml, StringComparison.Ordinal);
        Assert.Null(coding.SalaryMin);
        Assert.Equal(["Remote (United States)"], coding.Locations);
        Assert.Equal("https://job-boards.greenhouse.io/smarterdx/jobs/5099964007", coding.Url);
    }
}
