using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using JobSentinel.Core.Contacts;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Unit.Contacts;

public sealed class ContactExtractorTests
{
    [Fact]
    public void Extract_HnComment_FindsTheSignedPersonWithTheirAddressAndRole()
    {
        const string comment = """
            Acme Robotics | Senior Backend Engineer | Remote (US/EU) | Full-time | $160k-$190k
            We build control software for warehouse robots in Rust and Go.
            Questions? Email me at jane.doe@acmerobotics.com, or apply at https://acmerobotics.com/careers.
            - Jane Doe, CTO
            """;

        var found = ContactExtractor.Extract(comment);

        var jane = Assert.Single(found);
        Assert.Equal("Jane Doe", jane.Name);
        Assert.Equal("jane.doe@acmerobotics.com", jane.Email);
        Assert.Equal("CTO", jane.Role);
    }

    [Fact]
    public void Extract_BoardPosting_FindsHiringManagerAndRecruitingInboxButNotNoReply()
    {
        const string posting = """
            About the role
            You will own our payments platform.
            Hiring manager: Priya Raman
            Please send your CV to careers@globex.io. Replies come from no-reply@globex.io.
            """;

        var found = ContactExtractor.Extract(posting);

        Assert.Equal(2, found.Count);
        Assert.Equal(("Priya Raman", (string?)null, "Hiring manager"), (found[0].Name, found[0].Email, found[0].Role));
        Assert.Equal(("careers@globex.io", ContactExtractor.InboxRole), (found[1].Email, found[1].Role));
        Assert.DoesNotContain(found, f => f.Email?.StartsWith("no-reply", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Extract_ReachOutToNameWithObfuscatedAddress_IsOnePerson()
    {
        var found = ContactExtractor.Extract("Interested? Reach out to Tomás Silva (tomas [at] initech [dot] com) with a short note.");

        var tomas = Assert.Single(found);
        Assert.Equal(("Tomás Silva", "tomas@initech.com"), (tomas.Name, tomas.Email));
    }

    [Fact]
    public void Extract_LoneAddress_TakesTheNameFromAPlainLocalPart()
    {
        var found = ContactExtractor.Extract("Ping sam_lee@hooli.com or x9@hooli.com.");

        Assert.Equal(["Sam Lee", "x9@hooli.com"], found.Select(f => f.Name));
    }

    [Fact]
    public void Extract_ContactUsAndPlainProse_FindsNobody()
    {
        var found = ContactExtractor.Extract("Contact Us for details. Our Team is remote. The Engineering team ships weekly. Email: apply via the form.");

        Assert.Empty(found);
    }

    [Fact]
    public void Extract_SamePersonTwice_IsListedOnce()
    {
        var found = ContactExtractor.Extract("Contact Jane Doe.\nQuestions go to Jane Doe too: jane@acme.com\nI'm Jane Doe, the founder.");

        var jane = Assert.Single(found);
        Assert.Equal("jane@acme.com", jane.Email);
    }

    [Fact]
    public void Extract_SharedHnFixture_FindsTheJobsInboxOfThisDotLabs()
    {
        var path = SharedFixtures.PathOf("jobboards/hn.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var comment = document.RootElement.GetProperty("hits").EnumerateArray()
            .Single(h => h.GetProperty("author").GetString() == "this-dot-labs").GetProperty("comment_text").GetString()!;
        var text = WebUtility.HtmlDecode(Regex.Replace(comment, "<[^>]+>", "\n"));

        var found = ContactExtractor.Extract(text);

        Assert.Contains(found, f => f.Email == "jobs@thisdot.co" && f.Role == ContactExtractor.InboxRole);
    }

    [Fact]
    public void Extract_EveryHnFixtureComment_NeverTakesAHandleForAnAddress()
    {
        var path = SharedFixtures.PathOf("jobboards/hn.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));

        var found = document.RootElement.GetProperty("hits").EnumerateArray()
            .SelectMany(h => ContactExtractor.Extract(WebUtility.HtmlDecode(Regex.Replace(h.GetProperty("comment_text").GetString() ?? "", "<[^>]+>", "\n"))))
            .ToList();

        Assert.All(found.Where(f => f.Email is not null), f => Assert.True(ContactRules.IsEmail(f.Email!), f.Email));
        Assert.DoesNotContain(found, f => f.Name.StartsWith('@'));
    }
}
