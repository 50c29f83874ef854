using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Personio;

namespace JobSentinel.Tests.Unit.Sources.Personio;

public sealed class PersonioParserTests
{
    [Fact]
    public void Parse_PositionsWithoutIdOrName_AreSkipped()
    {
        var postings = PersonioParser.Parse(PersonioSamples.Feed, PersonioSamples.Company);

        Assert.Equal(["1523407", "1523999"], postings.Select(posting => posting.ExternalId));
    }

    [Fact]
    public void Parse_Position_MapsFields()
    {
        var posting = PersonioParser.Parse(PersonioSamples.Feed, PersonioSamples.Company)[0];

        Assert.Equal("Senior Backend Engineer (m/f/d)", posting.Title);
        Assert.Equal("Nordlicht Energy GmbH", posting.Company);
        Assert.Equal("Engineering", posting.Department);
        Assert.Equal("https://nordlicht.jobs.personio.de/job/1523407", posting.Url);
        Assert.Equal(["Kotlin", "Java", "PostgreSQL"], posting.Tags);
    }

    [Fact]
    public void Parse_Offices_GiveLocationAndDistinctLocations()
    {
        var posting = PersonioParser.Parse(PersonioSamples.Feed, PersonioSamples.Company)[0];

        Assert.Equal("Hamburg", posting.Location);
        Assert.Equal(["Hamburg", "Berlin"], posting.Locations);
    }

    [Fact]
    public void Parse_NoSubcompany_UsesTheCompany()
    {
        var posting = PersonioParser.Parse(PersonioSamples.Feed, PersonioSamples.Company)[1];

        Assert.Equal("nordlicht", posting.Company);
    }

    [Fact]
    public void Parse_JobDescriptions_BecomeHeadedHtmlSections()
    {
        var posting = PersonioParser.Parse(PersonioSamples.Feed, PersonioSamples.Company)[0];

        Assert.Equal(
            "<h3>Your mission</h3><p>Design the APIs behind our <strong>grid-balancing</strong> platform.</p>"
            + "<h3>Your profile &amp; skills</h3><ul><li>5+ years of Kotlin or Java</li></ul>",
            posting.DescriptionHtml);
    }

    [Fact]
    public void Parse_NoJobDescriptions_LeavesDescriptionNull()
    {
        var posting = PersonioParser.Parse(PersonioSamples.Feed, PersonioSamples.Company)[1];

        Assert.Null(posting.DescriptionHtml);
    }

    [Fact]
    public void Parse_EmploymentTypeAndSchedule_AreBothKept()
    {
        var postings = PersonioParser.Parse(PersonioSamples.Feed, PersonioSamples.Company);

        Assert.Equal("permanent, full-time", postings[0].EmploymentType);
        Assert.Equal("working_student", postings[1].EmploymentType);
    }

    [Fact]
    public void Parse_CreatedAt_IsUtc()
    {
        var postings = PersonioParser.Parse(PersonioSamples.Feed, PersonioSamples.Company);

        Assert.Equal(new DateTime(2026, 6, 30, 6, 12, 45, DateTimeKind.Utc), postings[0].PostedAt);
        Assert.Equal(new DateTime(2026, 7, 2, 10, 0, 0, DateTimeKind.Utc), postings[1].PostedAt);
        Assert.Equal(DateTimeKind.Utc, postings[1].PostedAt!.Value.Kind);
    }

    [Fact]
    public void Parse_EmptyFeed_IsEmpty()
    {
        Assert.Empty(PersonioParser.Parse("<workzag-jobs/>", PersonioSamples.Company));
    }

    [Fact]
    public void Parse_OtherXml_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => PersonioParser.Parse("<rss version=\"2.0\"><channel/></rss>", PersonioSamples.Company));

        Assert.Contains("not a Personio job feed", exception.Message);
    }

    [Fact]
    public void Parse_MalformedXml_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => PersonioParser.Parse("<workzag-jobs><position>", PersonioSamples.Company));

        Assert.StartsWith("Personio (nordlicht) answered with malformed XML", exception.Message);
    }

    [Fact]
    public void Parse_HtmlPage_ThrowsSourceFormatException()
    {
        var exception = Assert.Throws<SourceFormatException>(() => PersonioParser.Parse("<!doctype html><html><body>Not found</body></html>", PersonioSamples.Company));

        Assert.Contains("HTML", exception.Message);
    }

    [Fact]
    public void Parse_ExternalEntity_IsRefused()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE workzag-jobs [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <workzag-jobs><position><id>1</id><name>&secret;</name></position></workzag-jobs>
            """;

        Assert.Throws<SourceFormatException>(() => PersonioParser.Parse(xxe, PersonioSamples.Company));
    }
}
