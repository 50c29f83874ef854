using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Resumes;

public sealed class ResumeParserContactTests
{
    [Fact]
    public void Parse_CleanResume_ReadsEveryContactField()
    {
        var contact = ResumeTexts.Parser().Parse(ResumeTexts.Clean).Contact;

        Assert.Equal("Jane Smith", contact.Name);
        Assert.Equal("jane.smith@example.com", contact.Email);
        Assert.Equal("+1 206 555 0199", contact.Phone);
        Assert.Equal("Seattle, WA", contact.Location);
        Assert.Equal(["linkedin.com/in/janesmith", "github.com/janesmith"], contact.Links);
    }

    [Theory]
    [InlineData("+44 20 7946 0958")]
    [InlineData("(415) 555-0142")]
    [InlineData("+1 (415) 555-0142")]
    [InlineData("+91 98765 43210")]
    [InlineData("415.555.0142")]
    [InlineData("+49 30 1234567")]
    [InlineData("+33 6 12 34 56 78")]
    public void Parse_InternationalPhoneFormats_ReadsThePhone(string phone)
    {
        var contact = ResumeTexts.Parser().Parse($"Jane Smith\n{phone} · jane@example.com\n\nExperience\n").Contact;

        Assert.Equal(phone, contact.Phone);
    }

    [Fact]
    public void Parse_YearRangeNearTheTop_IsNoPhone()
    {
        var contact = ResumeTexts.Parser().Parse("Jane Smith\nSeattle, WA 2018-2020\n\nExperience\n").Contact;

        Assert.Null(contact.Phone);
    }

    [Theory]
    [InlineData("Berlin, Germany", "Berlin, Germany")]
    [InlineData("Austin, TX 78701", "Austin, TX 78701")]
    [InlineData("123 Main St, Anywhere, USA", "Anywhere, USA")]
    [InlineData("Google HQ, Mountain View, CA, USA", "Mountain View, CA, USA")]
    [InlineData("Bengaluru, Karnataka, India", "Bengaluru, Karnataka, India")]
    public void Parse_LocationPatterns_ReadsThePlace(string line, string expected)
    {
        var contact = ResumeTexts.Parser().Parse($"Jane Smith\n{line}\njane@example.com\n\nExperience\n").Contact;

        Assert.Equal(expected, contact.Location);
    }

    [Fact]
    public void Parse_LinksWithAndWithoutScheme_KeepsProfilesAndPortfolioOnce()
    {
        var text = """
            Jane Smith
            jane@example.com | https://github.com/jane-s | linkedin.com/in/jane-smith | janesmith.dev
            Skills
            Node.js, Express.js, Vue.js; see www.linkedin.com/in/jane-smith
            """;

        var links = ResumeTexts.Parser().Parse(text).Contact.Links;

        Assert.Equal(["https://github.com/jane-s", "linkedin.com/in/jane-smith", "janesmith.dev", "www.linkedin.com/in/jane-smith"], links);
    }

    [Fact]
    public void Parse_AllCapsName_IsTitleCased()
    {
        var contact = ResumeTexts.Parser().Parse("JOHN DOE\njohn.doe@example.com\n\nEXPERIENCE\n").Contact;

        Assert.Equal("John Doe", contact.Name);
    }

    [Fact]
    public void Parse_JobTitleAndEmailFirst_SkipsThemForTheName()
    {
        var contact = ResumeTexts.Parser().Parse("Senior Product Manager\nmaria.lopez@example.com\nMaria Lopez\n\nSummary\n").Contact;

        Assert.Equal("Maria Lopez", contact.Name);
    }

    [Fact]
    public void Parse_NameOnlyAtTheEnd_FoundThroughTheEmail()
    {
        var text = "Senior Software Engineer\njohn.doe@example.com\nSUMMARY\nBuilds things.\nLINKS\ngithub.com/johndoe\nJohn Doe";

        Assert.Equal("John Doe", ResumeTexts.Parser().Parse(text).Contact.Name);
    }

    [Fact]
    public void Parse_NoContactBlock_LeavesFieldsEmpty()
    {
        var contact = ResumeTexts.Parser().Parse("Experience\nBuilt things for 3 years.").Contact;

        Assert.Null(contact.Name);
        Assert.Null(contact.Email);
        Assert.Null(contact.Phone);
        Assert.Null(contact.Location);
        Assert.Empty(contact.Links);
    }
}
