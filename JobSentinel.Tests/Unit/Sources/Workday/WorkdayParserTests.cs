using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Workday;

namespace JobSentinel.Tests.Unit.Sources.Workday;

public sealed class WorkdayParserTests
{
    private static readonly DateTime Now = new(2026, 7, 15, 18, 30, 0, DateTimeKind.Utc);

    // Hand-written in the shape of POST {host}/wday/cxs/{tenant}/{site}/jobs.
    private const string Page = """
        {
          "total": 1342,
          "jobPostings": [
            {
              "title": "Senior Software Engineer - Payments",
              "externalPath": "/job/US-CA-Santa-Clara/Senior-Software-Engineer---Payments_JR1987654",
              "locationsText": "US, CA, Santa Clara",
              "postedOn": "Posted Today",
              "bulletFields": ["JR1987654"]
            },
            {
              "title": "Manufacturing Technician",
              "externalPath": "/job/Austin-TX/Manufacturing-Technician_R-0045123",
              "locationsText": "3 Locations",
              "postedOn": "Posted Yesterday",
              "bulletFields": ["R-0045123", "Full time"]
            },
            {
              "title": "Data Analyst",
              "externalPath": "/job/Remote-USA/Data-Analyst_JR2001112-1",
              "locationsText": "Remote, USA",
              "postedOn": "Posted 3 Days Ago",
              "bulletFields": []
            },
            {
              "title": "HR Business Partner",
              "externalPath": "/job/London/HR-Business-Partner_JR1770001",
              "locationsText": "London",
              "postedOn": "Posted 30+ Days Ago",
              "bulletFields": ["JR1770001"]
            }
          ],
          "facets": [ { "facetParameter": "locationMainGroup", "values": [] } ],
          "userAuthenticated": false
        }
        """;

    // Hand-written in the shape of GET {host}/wday/cxs/{tenant}/{site}{externalPath}.
    private const string Detail = """
        {
          "jobPostingInfo": {
            "id": "f1e2d3c4b5a697887766554433221100",
            "title": "Manufacturing Technician II",
            "jobDescription": "<p><b>What you'll be doing:</b></p><ul><li>Run the etch line</li></ul>",
            "location": "Austin, TX",
            "additionalLocations": ["Phoenix, AZ", "Boise, ID", "Austin, TX"],
            "postedOn": "Posted Yesterday",
            "startDate": "2026-07-14",
            "timeType": "Full time",
            "jobReqId": "R-0045123",
            "jobPostingId": "Manufacturing-Technician_R-0045123",
            "jobPostingSiteId": "External",
            "country": { "descriptor": "United States of America", "id": "bc33aa3152ec42d4995f4791a106ed09" },
            "canApply": true,
            "posted": true,
            "includeResumeParsing": true,
            "jobRequisitionLocation": { "descriptor": "Austin, TX" },
            "externalUrl": "https://acme.wd5.myworkdayjobs.com/External/job/Austin-TX/Manufacturing-Technician_R-0045123",
            "remoteType": "Hybrid"
          },
          "hiringOrganization": { "name": "Acme Semiconductor", "url": "" },
          "similarJobs": [],
          "userAuthenticated": false
        }
        """;

    [Fact]
    public void ParseList_Envelope_ReportsTheTotal()
    {
        var page = WorkdayParser.ParseList(Page, Now);

        Assert.Equal(1342, page.Total);
        Assert.Equal(4, page.Postings.Count);
    }

    [Fact]
    public void ParseList_FirstBulletField_IsTheExternalId()
    {
        var postings = WorkdayParser.ParseList(Page, Now).Postings;

        Assert.Equal("JR1987654", postings[0].ExternalId);
        Assert.Equal("R-0045123", postings[1].ExternalId);
    }

    [Fact]
    public void ParseList_NoBulletFields_ExternalIdIsTheExternalPath()
    {
        var analyst = WorkdayParser.ParseList(Page, Now).Postings[2];

        Assert.Equal("/job/Remote-USA/Data-Analyst_JR2001112-1", analyst.ExternalId);
    }

    [Fact]
    public void ParseList_Posting_MapsTitleRelativeUrlAndLocation()
    {
        var engineer = WorkdayParser.ParseList(Page, Now).Postings[0];

        Assert.Equal("Senior Software Engineer - Payments", engineer.Title);
        Assert.Equal("/job/US-CA-Santa-Clara/Senior-Software-Engineer---Payments_JR1987654", engineer.Url);
        Assert.Equal("US, CA, Santa Clara", engineer.Location);
        Assert.Equal(["US, CA, Santa Clara"], engineer.Locations);
    }

    [Fact]
    public void ParseList_LocationCountInsteadOfAPlace_LeavesLocationUnknown()
    {
        var technician = WorkdayParser.ParseList(Page, Now).Postings[1];

        Assert.Null(technician.Location);
        Assert.Empty(technician.Locations);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 30)]
    public void ParseList_PostedOn_IsDatedBackFromNow(int index, int daysAgo)
    {
        var posting = WorkdayParser.ParseList(Page, Now).Postings[index];

        Assert.Equal(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc).AddDays(-daysAgo), posting.PostedAt);
        Assert.Equal(DateTimeKind.Utc, posting.PostedAt!.Value.Kind);
    }

    [Fact]
    public void ParseList_NowWithoutKind_IsTakenAsUtc()
    {
        var unspecifiedNow = DateTime.SpecifyKind(Now, DateTimeKind.Unspecified);

        var engineer = WorkdayParser.ParseList(Page, unspecifiedNow).Postings[0];

        Assert.Equal(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc), engineer.PostedAt);
        Assert.Equal(DateTimeKind.Utc, engineer.PostedAt!.Value.Kind);
    }

    [Theory]
    [InlineData("Posted 2 Weeks Ago")]
    [InlineData("Heute ausgeschrieben")]
    [InlineData("")]
    public void ParseList_UnknownPostedOnWording_LeavesPostedAtUnknown(string postedOn)
    {
        var json = $$"""{"total":1,"jobPostings":[{"title":"Chef","externalPath":"/job/x/Chef_1","postedOn":"{{postedOn}}"}]}""";

        var posting = Assert.Single(WorkdayParser.ParseList(json, Now).Postings);

        Assert.Null(posting.PostedAt);
    }

    [Fact]
    public void ParseList_LaterPageWithoutTotal_ReportsZero()
    {
        var page = WorkdayParser.ParseList("""{"jobPostings":[{"title":"Chef","externalPath":"/job/x/Chef_1"}]}""", Now);

        Assert.Equal(0, page.Total);
        Assert.Single(page.Postings);
    }

    [Fact]
    public void ParseList_PostingsWithoutTitleOrAnyId_AreSkipped()
    {
        const string json = """
            {"total":3,"jobPostings":[
              {"externalPath":"/job/x/NoTitle_1","bulletFields":["JR1"]},
              {"title":"No path or bullet","bulletFields":null},
              {"title":"Kept","externalPath":"/job/x/Kept_3"}
            ]}
            """;

        var posting = Assert.Single(WorkdayParser.ParseList(json, Now).Postings);

        Assert.Equal("Kept", posting.Title);
    }

    [Theory]
    [InlineData("""{"total":0}""", "no jobPostings list")]
    [InlineData("""[]""", "no jobPostings list")]
    [InlineData("""{"total":0,"jobPostings":[""", "malformed JSON")]
    [InlineData("<html><body>Workday is currently unavailable.</body></html>", "HTML page")]
    public void ParseList_NotASearchResult_ThrowsSourceFormatExceptionNamingWorkday(string json, string expected)
    {
        var error = Assert.Throws<SourceFormatException>(() => WorkdayParser.ParseList(json, Now));

        Assert.StartsWith("Workday answered with", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseDetail_FullPosting_FillsDescriptionCompanyTypeAndUrl()
    {
        var listing = WorkdayParser.ParseList(Page, Now).Postings[1];

        var posting = WorkdayParser.ParseDetail(Detail, listing);

        Assert.Equal("<p><b>What you'll be doing:</b></p><ul><li>Run the etch line</li></ul>", posting.DescriptionHtml);
        Assert.Equal("Acme Semiconductor", posting.Company);
        Assert.Equal("Full time", posting.EmploymentType);
        Assert.Equal("https://acme.wd5.myworkdayjobs.com/External/job/Austin-TX/Manufacturing-Technician_R-0045123", posting.Url);
        Assert.Equal("Manufacturing Technician II", posting.Title);
        Assert.Equal(WorkplaceType.Hybrid, posting.Workplace);
    }

    [Fact]
    public void ParseDetail_KeepsTheListingsExternalId()
    {
        var listing = WorkdayParser.ParseList(Page, Now).Postings[1];

        var posting = WorkdayParser.ParseDetail(Detail, listing);

        Assert.Equal("R-0045123", posting.ExternalId);
    }

    [Fact]
    public void ParseDetail_Locations_ArePrimaryThenAdditionalWithoutRepeats()
    {
        var listing = WorkdayParser.ParseList(Page, Now).Postings[1];

        var posting = WorkdayParser.ParseDetail(Detail, listing);

        Assert.Equal("Austin, TX", posting.Location);
        Assert.Equal(["Austin, TX", "Phoenix, AZ", "Boise, ID"], posting.Locations);
    }

    [Fact]
    public void ParseDetail_StartDate_ReplacesTheRelativeListDate()
    {
        var listing = WorkdayParser.ParseList(Page, Now).Postings[1];

        var posting = WorkdayParser.ParseDetail(Detail, listing);

        Assert.Equal(new DateTime(2026, 7, 14, 0, 0, 0, DateTimeKind.Utc), posting.PostedAt);
    }

    [Fact]
    public void ParseDetail_SparseDetail_KeepsWhatTheListingKnew()
    {
        var listing = new RawPosting
        {
            ExternalId = "JR1",
            Title = "Chef",
            Location = "Lyon",
            Locations = ["Lyon"],
            Url = "/job/Lyon/Chef_JR1",
            PostedAt = new DateTime(2026, 7, 12, 0, 0, 0, DateTimeKind.Utc),
        };

        var posting = WorkdayParser.ParseDetail("""{"jobPostingInfo":{"jobDescription":"<p>Cook.</p>","additionalLocations":null}}""", listing);

        Assert.Equal("<p>Cook.</p>", posting.DescriptionHtml);
        Assert.Equal("Chef", posting.Title);
        Assert.Equal(["Lyon"], posting.Locations);
        Assert.Equal("/job/Lyon/Chef_JR1", posting.Url);
        Assert.Equal(listing.PostedAt, posting.PostedAt);
        Assert.Null(posting.Company);
    }

    [Theory]
    [InlineData("""{"hiringOrganization":{"name":"Acme"}}""", "no jobPostingInfo")]
    [InlineData("""{"jobPostingInfo":"gone"}""", "no jobPostingInfo")]
    [InlineData("""{"jobPostingInfo":{""", "malformed JSON")]
    [InlineData("<html><body>Page not found</body></html>", "HTML page")]
    public void ParseDetail_NotAPosting_ThrowsSourceFormatException(string json, string expected)
    {
        var listing = new RawPosting { ExternalId = "JR1", Title = "Chef" };

        var error = Assert.Throws<SourceFormatException>(() => WorkdayParser.ParseDetail(json, listing));

        Assert.StartsWith("Workday answered with", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
