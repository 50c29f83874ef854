using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.SmartRecruiters;

namespace JobSentinel.Tests.Unit.Sources.SmartRecruiters;

public sealed class SmartRecruitersParserTests
{
    // Hand-written in the shape of GET /v1/companies/{id}/postings?limit=100&offset=100.
    private const string Page = """
        {
          "offset": 100,
          "limit": 100,
          "totalFound": 213,
          "content": [
            {
              "id": "744000051234567",
              "name": "Field Service Technician",
              "uuid": "0f3c9a52-7e0d-4d1f-8a5e-2b7c1d9e4f60",
              "jobAdId": "2c5b7e0a-9d41-4b6f-a3c8-5e1f0d2a7b94",
              "defaultJobAd": true,
              "refNumber": "REF2291K",
              "company": { "identifier": "BoschGroup", "name": "Bosch Group" },
              "releasedDate": "2026-06-03T08:41:27.000Z",
              "location": {
                "city": "Stuttgart",
                "region": "BW",
                "country": "de",
                "remote": false,
                "hybrid": true,
                "latitude": "48.7758",
                "longitude": "9.1829",
                "fullLocation": "Stuttgart, BW, Germany"
              },
              "industry": { "id": "machinery", "label": "Machinery" },
              "department": { "id": "2871244", "label": "Service & Maintenance" },
              "function": { "id": "engineering", "label": "Engineering" },
              "typeOfEmployment": { "id": "permanent", "label": "Full-time" },
              "experienceLevel": { "id": "associate", "label": "Associate" },
              "customField": [ { "fieldId": "COUNTRY", "fieldLabel": "Country", "valueId": "de", "valueLabel": "Germany" } ],
              "ref": "https://api.smartrecruiters.com/v1/companies/BoschGroup/postings/744000051234567",
              "creator": { "name": "Talent Team" },
              "language": { "code": "de", "label": "German", "labelNative": "Deutsch" }
            },
            {
              "id": "744000051234999",
              "name": "Remote IT Support Specialist",
              "company": { "identifier": "BoschGroup" },
              "releasedDate": "2026-05-30T17:02:11.000Z",
              "location": { "city": "Dubai", "country": "ae", "remote": true, "fullLocation": "Dubai, , United Arab Emirates" },
              "typeOfEmployment": { "label": "Contract" },
              "ref": "https://api.smartrecruiters.com/v1/companies/BoschGroup/postings/744000051234999"
            }
          ]
        }
        """;

    // Hand-written in the shape of GET /v1/companies/{id}/postings/{postingId}.
    private const string Detail = """
        {
          "id": "744000051234567",
          "name": "Field Service Technician",
          "postingUrl": "https://jobs.smartrecruiters.com/BoschGroup/744000051234567-field-service-technician",
          "applyUrl": "https://jobs.smartrecruiters.com/BoschGroup/744000051234567-field-service-technician?oga=true",
          "jobAd": {
            "sections": {
              "companyDescription": { "title": "Company Description", "text": "<p>We are Bosch.</p>" },
              "jobDescription": { "title": "Job Description", "text": "<ul><li>Maintain presses</li></ul>" },
              "qualifications": { "title": "Qualifications & Skills", "text": "<p>Electrician training</p>" },
              "additionalInformation": { "title": "Additional Information", "text": "<p>Company car.</p>" },
              "videos": { "urls": [] }
            }
          }
        }
        """;

    [Fact]
    public void ParseList_Envelope_ReportsPagingNumbers()
    {
        var page = SmartRecruitersParser.ParseList(Page, "BoschGroup");

        Assert.Equal(213, page.TotalFound);
        Assert.Equal(100, page.Offset);
        Assert.Equal(100, page.Limit);
        Assert.Equal(2, page.Postings.Count);
    }

    [Fact]
    public void ParseList_FullPosting_MapsNameIdCompanyAndLabels()
    {
        var technician = SmartRecruitersParser.ParseList(Page, "BoschGroup").Postings[0];

        Assert.Equal("744000051234567", technician.ExternalId);
        Assert.Equal("Field Service Technician", technician.Title);
        Assert.Equal("Bosch Group", technician.Company);
        Assert.Equal("Full-time", technician.EmploymentType);
        Assert.Equal("Service & Maintenance", technician.Department);
    }

    [Fact]
    public void ParseList_ReleasedDate_IsTheUtcPostedAt()
    {
        var technician = SmartRecruitersParser.ParseList(Page, "BoschGroup").Postings[0];

        Assert.Equal(new DateTime(2026, 6, 3, 8, 41, 27, DateTimeKind.Utc), technician.PostedAt);
    }

    [Fact]
    public void ParseList_NoCompanyName_FallsBackToTheCompanyId()
    {
        var support = SmartRecruitersParser.ParseList(Page, "BoschGroup").Postings[1];

        Assert.Equal("BoschGroup", support.Company);
    }

    [Fact]
    public void ParseList_ApiRef_IsNotUsedAsThePublicUrl()
    {
        var technician = SmartRecruitersParser.ParseList(Page, "BoschGroup").Postings[0];

        Assert.Equal("https://jobs.smartrecruiters.com/BoschGroup/744000051234567", technician.Url);
    }

    [Fact]
    public void ParseList_PostingUrlGiven_IsUsed()
    {
        const string json = """
            {"totalFound":1,"content":[{"id":"9","name":"Chef","postingUrl":"https://jobs.smartrecruiters.com/Acme/9-chef"}]}
            """;

        var posting = Assert.Single(SmartRecruitersParser.ParseList(json, "Acme").Postings);

        Assert.Equal("https://jobs.smartrecruiters.com/Acme/9-chef", posting.Url);
    }

    [Fact]
    public void ParseList_FullLocation_IsTheLocationWithEmptyPartsDropped()
    {
        var postings = SmartRecruitersParser.ParseList(Page, "BoschGroup").Postings;

        Assert.Equal("Stuttgart, BW, Germany", postings[0].Location);
        Assert.Equal("Dubai, United Arab Emirates", postings[1].Location);
        Assert.Equal(["Dubai, United Arab Emirates"], postings[1].Locations);
    }

    [Fact]
    public void ParseList_NoFullLocation_JoinsCityRegionAndCountry()
    {
        const string json = """
            {"totalFound":1,"content":[{"id":"9","name":"Chef","location":{"city":"Lyon","region":"","country":"fr"}}]}
            """;

        var posting = Assert.Single(SmartRecruitersParser.ParseList(json, "Acme").Postings);

        Assert.Equal("Lyon, fr", posting.Location);
    }

    [Fact]
    public void ParseList_LocationFlags_MapToWorkplace()
    {
        var postings = SmartRecruitersParser.ParseList(Page, "BoschGroup").Postings;

        Assert.Equal(WorkplaceType.Hybrid, postings[0].Workplace);
        Assert.False(postings[0].RemoteFlag);
        Assert.Equal(WorkplaceType.Remote, postings[1].Workplace);
        Assert.True(postings[1].RemoteFlag);
    }

    [Fact]
    public void ParseList_NeitherRemoteNorHybrid_LeavesWorkplaceUnknown()
    {
        const string json = """
            {"totalFound":1,"content":[{"id":"9","name":"Chef","location":{"city":"Lyon","remote":false,"hybrid":false}}]}
            """;

        var posting = Assert.Single(SmartRecruitersParser.ParseList(json, "Acme").Postings);

        Assert.Null(posting.Workplace);
    }

    [Fact]
    public void ParseList_ListHasNoDescriptionOrSalary_LeavesThemEmpty()
    {
        var technician = SmartRecruitersParser.ParseList(Page, "BoschGroup").Postings[0];

        Assert.Null(technician.DescriptionHtml);
        Assert.Null(technician.SalaryMin);
    }

    [Fact]
    public void ParseList_UnknownCompany_IsAnEmptyPage()
    {
        var page = SmartRecruitersParser.ParseList("""{"offset":0,"limit":100,"totalFound":0,"content":[]}""", "NoSuchCompany");

        Assert.Equal(0, page.TotalFound);
        Assert.Empty(page.Postings);
    }

    [Fact]
    public void ParseList_NumbersAsText_AreRead()
    {
        var page = SmartRecruitersParser.ParseList("""{"offset":"0","limit":"100","totalFound":"1","content":[{"id":7,"name":"Chef"}]}""", "Acme");

        Assert.Equal(1, page.TotalFound);
        Assert.Equal(100, page.Limit);
        Assert.Equal("7", Assert.Single(page.Postings).ExternalId);
    }

    [Fact]
    public void ParseList_PostingsWithoutIdOrName_AreSkipped()
    {
        const string json = """
            {"totalFound":3,"content":[{"name":"No id"},{"id":"2","name":""},{"id":"3","name":"Kept","location":null,"department":null}]}
            """;

        var page = SmartRecruitersParser.ParseList(json, "Acme");

        Assert.Equal("3", Assert.Single(page.Postings).ExternalId);
        Assert.Equal(3, page.TotalFound);
    }

    [Theory]
    [InlineData("""[{"id":"1","name":"Chef"}]""", "no content list")]
    [InlineData("""{"totalFound":0}""", "no content list")]
    [InlineData("""{"totalFound":0,"content":[}""", "malformed JSON")]
    [InlineData("<html><head><title>503 Service Unavailable</title></head></html>", "HTML page")]
    public void ParseList_NotAPostingPage_ThrowsSourceFormatExceptionNamingSmartRecruiters(string json, string expected)
    {
        var error = Assert.Throws<SourceFormatException>(() => SmartRecruitersParser.ParseList(json, "Acme"));

        Assert.StartsWith("SmartRecruiters company \"Acme\" answered with", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseDescription_AllSections_ConcatenatesTitledBlocksInOrder()
    {
        var html = SmartRecruitersParser.ParseDescription(Detail);

        Assert.Equal(
            "<h3>Company Description</h3><p>We are Bosch.</p>"
            + "<h3>Job Description</h3><ul><li>Maintain presses</li></ul>"
            + "<h3>Qualifications &amp; Skills</h3><p>Electrician training</p>"
            + "<h3>Additional Information</h3><p>Company car.</p>",
            html);
    }

    [Fact]
    public void ParseDescription_MissingSections_AreSkipped()
    {
        const string json = """
            {"jobAd":{"sections":{"companyDescription":{"title":"Company Description","text":""},
              "jobDescription":{"title":"Job Description","text":"<p>Cook.</p>"},"qualifications":null}}}
            """;

        Assert.Equal("<h3>Job Description</h3><p>Cook.</p>", SmartRecruitersParser.ParseDescription(json));
    }

    [Theory]
    [InlineData("""{"jobAd":{"sections":{}}}""")]
    [InlineData("""{"jobAd":{}}""")]
    public void ParseDescription_NoSectionText_ReturnsNull(string json)
    {
        Assert.Null(SmartRecruitersParser.ParseDescription(json));
    }

    [Theory]
    [InlineData("""{"id":"1","name":"Chef"}""", "no jobAd")]
    [InlineData("""[]""", "no jobAd")]
    [InlineData("""{"jobAd":""", "malformed JSON")]
    [InlineData("<!DOCTYPE html><html></html>", "HTML page")]
    public void ParseDescription_NotAPosting_ThrowsSourceFormatException(string json, string expected)
    {
        var error = Assert.Throws<SourceFormatException>(() => SmartRecruitersParser.ParseDescription(json));

        Assert.StartsWith("SmartRecruiters answered with", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
