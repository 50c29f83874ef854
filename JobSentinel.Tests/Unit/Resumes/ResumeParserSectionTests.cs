using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Resumes;

public sealed class ResumeParserSectionTests
{
    [Theory]
    [InlineData("Professional Experience", "experience")]
    [InlineData("PROFESSIONAL EXPERIENCE", "experience")]
    [InlineData("Work History:", "experience")]
    [InlineData("Employment", "experience")]
    [InlineData("E X P E R I E N C E", "experience")]
    [InlineData("Technical Skills", "skills")]
    [InlineData("CORE COMPETENCIES", "skills")]
    [InlineData("Skills & Awards", "skills")]
    [InlineData("Education & Training", "education")]
    [InlineData("Certifications & Licenses", "certifications")]
    [InlineData("Projects", "projects")]
    [InlineData("Profile", "summary")]
    [InlineData("Professional Summary", "summary")]
    [InlineData("About me", "summary")]
    [InlineData("OBJECTIVE:", "summary")]
    [InlineData("Awards", "awards")]
    [InlineData("Publications", "publications")]
    [InlineData("Languages", "languages")]
    [InlineData("Volunteering", "volunteer")]
    [InlineData("Interests", "interests")]
    public void Parse_HeadingVariant_MapsToCanonicalName(string heading, string expected)
    {
        var resume = ResumeTexts.Parser().Parse($"Jane Smith\n{heading}\nSomething under it");

        var section = Assert.Single(resume.Sections, s => s.Name != "contact");
        Assert.Equal(expected, section.Name);
        Assert.Equal(heading.TrimEnd(':'), section.Heading);
        Assert.Equal("Something under it", section.Text);
    }

    [Fact]
    public void Parse_TextBeforeFirstHeading_IsTheContactSection()
    {
        var resume = ResumeTexts.Parser().Parse(ResumeTexts.Clean);

        Assert.Equal(["contact", "summary", "experience", "education", "skills", "certifications"], resume.Sections.Select(s => s.Name));
        Assert.StartsWith("Jane Smith\nSenior Software Engineer", resume.Sections[0].Text);
    }

    [Fact]
    public void Parse_UnknownAllCapsHeading_IsOther()
    {
        var resume = ResumeTexts.Parser().Parse(ResumeTexts.Join(ResumeTexts.Clean, "MY JOURNEY\nStarted coding at twelve."));

        var other = resume.Sections[^1];
        Assert.Equal(("other", "MY JOURNEY", "Started coding at twelve."), (other.Name, other.Heading, other.Text));
    }

    [Fact]
    public void Parse_TitleCaseLineStandingAlone_IsAnUnknownHeading()
    {
        var resume = ResumeTexts.Parser().Parse(ResumeTexts.Join(ResumeTexts.SkillsSection, "Side Quests\nBuilt a sailing robot."));

        Assert.Contains(resume.Sections, s => s is { Name: "other", Heading: "Side Quests" });
    }

    [Fact]
    public void Parse_RoleAndSkillLines_AreNotHeadings()
    {
        var text = ResumeTexts.Join(ResumeTexts.Experience, "SKILLS\nPython\nDocker\nDistributed Systems\nAWS");

        var resume = ResumeTexts.Parser().Parse(text);

        Assert.Equal(["experience", "skills"], resume.Sections.Select(s => s.Name));
    }

    [Fact]
    public void Parse_InlineHeadingWithContent_StartsTheSection()
    {
        var resume = ResumeTexts.Parser().Parse("Jane Smith\nSummary\nEngineer.\nSkills: Python, SQL, Docker");

        var skills = Assert.Single(resume.Sections, s => s.Name == "skills");
        Assert.Equal(("Skills", "Python, SQL, Docker"), (skills.Heading, skills.Text));
    }

    [Fact]
    public void Parse_SkillsFromTaxonomy_CarryTheirEvidenceLine()
    {
        var taxonomy = new SkillTaxonomy([new Skill("PostgreSQL", "database", ["Postgres"], []), new Skill("Go", "language", ["Golang"], [])]);

        var skills = ResumeTexts.Parser(taxonomy).Parse("Jane Smith\nSkills\nGolang, Postgres\nI go to meetups").Skills;

        Assert.Equal([new SkillMention("Go", "Golang, Postgres"), new SkillMention("PostgreSQL", "Golang, Postgres")], skills);
    }

    [Fact]
    public void Parse_PageNumbers_AreDropped()
    {
        var resume = ResumeTexts.Parser().Parse("Jane Smith\nSkills\nPython\n1/2\nEducation\nBSc Physics\nPage 2 of 2");

        Assert.Equal(("Python", "BSc Physics"), (resume.Sections[1].Text, resume.Sections[2].Text));
    }
}
