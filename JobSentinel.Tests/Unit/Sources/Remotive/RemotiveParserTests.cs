using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Remotive;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Unit.Sources.Remotive;

public sealed class RemotiveParserTests
{
    private const string Job = """
        {
          "id": 2091081,
          "url": "https://remotive.com/remote-jobs/software-dev/senior-rust-engineer-2091081",
          "title": "Senior Rust Engineer",
          "company_name": "Ferrous Labs",
          "company_logo": "https://remotive.com/job/2091081/logo",
          "category": "Software Development",
          "tags": ["rust", "tokio", "postgres"],
          "job_type": "full_time",
          "publication_date": "2026-07-28T14:23:05",
          "candidate_required_location": "Europe, UK",
          "salary": "$120k - $150k",
          "description": "<p>Own the ingestion pipeline.</p>"
        }
        """;

    [Fact]
    public void Parse_JobsOnlyEnvelope_ReadsJobs()
    {
        var postings = RemotiveParser.Parse($$"""{"jobs":[{{Job}}]}""");

        Assert.Equal("2091081", Assert.Single(postings).ExternalId);
    }

    [Fact]
    public void Parse_FullEnvelopeWithNotices_ReadsJobs()
    {
        var json = $$"""
            {
              "00-warning": "Remotive main domain moved to remotive.com !",
              "0-legal-notice": "Legal warning - Hey, thanks for using Remotive's API.",
              "job-count": 1,
              "total-job-count": 30,
              "jobs": [{{Job}}]
            }
            """;

        var postings = RemotiveParser.Parse(json);

        Assert.Equal("2091081", Assert.Single(postings).ExternalId);
    }

    [Fact]
    public void Parse_Posting_MapsFields()
    {
        var posting = Assert.Single(RemotiveParser.Parse($$"""{"jobs":[{{Job}}]}"""));

        Assert.Equal("Senior Rust Engineer", posting.Title);
        Assert.Equal("Ferrous Labs", posting.Company);
        Assert.Equal("https://remotive.com/remote-jobs/software-dev/senior-rust-engineer-2091081", posting.Url);
        Assert.Equal("Europe, UK", posting.Location);
        Assert.Equal("full_time", posting.EmploymentType);
        Assert.Equal("<p>Own the ingestion pipeline.</p>", posting.DescriptionHtml);
        Assert.True(posting.RemoteFlag);
    }

    [Fact]
    public void Parse_TagsAndCategory_BecomeTags()
    {
        var posting = Assert.Single(RemotiveParser.Parse($$"""{"jobs":[{{Job}}]}"""));

        Assert.Equal(["rust", "tokio", "postgres", "Software Development"], posting.Tags);
    }

    [Fact]
    public void Parse_CategoryAlreadyATag_IsNotRepeated()
    {
        const string json = """{"jobs":[{"id":1,"title":"Writer","category":"Writing","tags":["writing"]}]}""";

        var posting = Assert.Single(RemotiveParser.Parse(json));

        Assert.Equal(["writing"], posting.Tags);
    }

    [Fact]
    public void Parse_PublicationDateWithoutZone_IsTakenAsUtc()
    {
        var posting = Assert.Single(RemotiveParser.Parse($$"""{"jobs":[{{Job}}]}"""));

        Assert.Equal(new DateTime(2026, 7, 28, 14, 23, 5, DateTimeKind.Utc), posting.PostedAt);
        Assert.Equal(DateTimeKind.Utc, posting.PostedAt!.Value.Kind);
    }

    [Fact]
    public void Parse_FreeTextSalary_IsKeptAsSalaryText()
    {
        var posting = Assert.Single(RemotiveParser.Parse($$"""{"jobs":[{{Job}}]}"""));

        Assert.Equal("$120k - $150k", posting.SalaryText);
        Assert.Null(posting.SalaryMin);
    }

    [Fact]
    public void Parse_EmptySalaryAndJobType_AreNull()
    {
        const string json = """{"jobs":[{"id":1,"title":"Writer","salary":"","job_type":""}]}""";

        var posting = Assert.Single(RemotiveParser.Parse(json));

        Assert.Null(posting.SalaryText);
        Assert.Null(posting.EmploymentType);
    }

    [Theory]
    [InlineData("""{"title":"Writer"}""")]
    [InlineData("""{"id":2}""")]
    [InlineData("""{"id":2,"title":""}""")]
    public void Parse_JobWithoutIdOrTitle_IsSkipped(string job)
    {
        var postings = RemotiveParser.Parse($$"""{"jobs":[{{job}},{{Job}}]}""");

        Assert.Equal("2091081", Assert.Single(postings).ExternalId);
    }

    [Fact]
    public void Parse_NullJobs_IsEmpty()
    {
        Assert.Empty(RemotiveParser.Parse("""{"jobs":null}"""));
    }

    [Fact]
    public void Parse_ObjectWithoutJobs_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => RemotiveParser.Parse("""{"error":"Too many requests"}"""));

        Assert.Contains("'jobs'", exception.Message);
    }

    [Fact]
    public void Parse_BareArray_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => RemotiveParser.Parse($"[{Job}]"));

        Assert.StartsWith("Remotive answered with an array", exception.Message);
    }

    [Fact]
    public void Parse_CloudflarePage_ThrowsSourceFormatException()
    {
        const string cloudflare = "\n<html><head><title>Attention Required! | Cloudflare</title></head></html>";

        var exception = Assert.Throws<SourceFormatException>(() => RemotiveParser.Parse(cloudflare));

        Assert.Contains("HTML", exception.Message);
    }

    [Fact]
    public void Parse_MalformedJson_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => RemotiveParser.Parse("""{"jobs":[{"id":1,}"""));

        Assert.StartsWith("Remotive answered with malformed JSON", exception.Message);
    }

    [Fact]
    public void Parse_Capture_ReadsAllJobs()
    {
        var postings = RemotiveParser.Parse(File.ReadAllText(SharedFixtures.PathOf("jobboards/remotive.json")));

        Assert.Equal(["2091081", "2090903", "2091075", "2091074", "2091072"], postings.Select(posting => posting.ExternalId));
    }

    [Fact]
    public void Parse_Capture_MapsSalaryTextAndJobType()
    {
        var postings = RemotiveParser.Parse(File.ReadAllText(SharedFixtures.PathOf("jobboards/remotive.json")));

        var labeling = postings[1];
        Assert.Equal("Data Labeling Specialists", labeling.Title);
        Assert.Equal("Workada", labeling.Company);
        Assert.Equal("USA", labeling.Location);
        Assert.Equal("$18 - $22/hr", labeling.SalaryText);
        Assert.Equal("freelance", labeling.EmploymentType);
        Assert.Equal(new DateTime(2026, 7, 26, 20, 49, 11, DateTimeKind.Utc), labeling.PostedAt);
        Assert.Equal(["research", "digital content", "spreadsheets", "Data and Analytics"], labeling.Tags);
    }

    [Fact]
    public void Parse_Capture_EmptySalaryIsNull()
    {
        var postings = RemotiveParser.Parse(File.ReadAllText(SharedFixtures.PathOf("jobboards/remotive.json")));

        Assert.Null(postings[0].SalaryText);
    }

    [Fact]
    public void Parse_Capture_KeepsThe36KbInlineStyledDescriptionWhole()
    {
        var postings = RemotiveParser.Parse(File.ReadAllText(SharedFixtures.PathOf("jobboards/remotive.json")));

        var description = postings[3].DescriptionHtml;
        Assert.Equal(36199, description!.Length);
        Assert.EndsWith("blank.gif?source=public_api\" alt=\"\"/>", description);
    }

    [Fact]
    public void Parse_EnvelopeCapture_ReadsJobsBesideNotices()
    {
        var postings = RemotiveParser.Parse(File.ReadAllText(SharedFixtures.PathOf("jobboards/remotive-envelope.json")));

        Assert.Equal(["2091048", "2086540", "2090949", "2091047"], postings.Select(posting => posting.ExternalId));
        Assert.Equal("OTE $25k - $35k", postings[1].SalaryText);
        Assert.Equal("Credit Wellness, LLC", postings[1].Company);
        Assert.Equal("USA, CST (UTC-6)", postings[0].Location);
    }
}
