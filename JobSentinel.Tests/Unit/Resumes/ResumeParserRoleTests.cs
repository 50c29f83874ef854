using JobSentinel.Core.Resumes;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Resumes;

public sealed class ResumeParserRoleTests
{
    private static IReadOnlyList<ResumeRole> RolesOf(string experience) =>
        ResumeTexts.Parser().Parse($"Jane Smith\n\nExperience\n{experience}").Roles;

    [Theory]
    [InlineData("Jan 2020 – Present", "2020-01-01", null, true)]
    [InlineData("01/2019 - 03/2021", "2019-01-01", "2021-03-01", false)]
    [InlineData("2018 – 2020", "2018-01-01", "2020-01-01", false)]
    [InlineData("March 2017 to June 2019", "2017-03-01", "2019-06-01", false)]
    [InlineData("2021-05 – now", "2021-05-01", null, true)]
    [InlineData("Sept. 2015 — Current", "2015-09-01", null, true)]
    [InlineData("Feb 2010 until Dec 2012", "2010-02-01", "2012-12-01", false)]
    public void Parse_DateFormats_ReadStartEndAndCurrent(string dates, string start, string? end, bool current)
    {
        var role = Assert.Single(RolesOf($"Engineer, Acme Corp, {dates}\n• Shipped things"));

        Assert.Equal(DateOnly.Parse(start), role.Start);
        Assert.Equal(end is null ? null : DateOnly.Parse(end), role.End);
        Assert.Equal(current, role.Current);
        Assert.Equal(dates, role.DateText);
    }

    [Theory]
    [InlineData("Senior Engineer, Acme Corp | Jan 2020 – Present")]
    [InlineData("Senior Engineer at Acme Corp (Jan 2020 – Present)")]
    [InlineData("Acme Corp | Senior Engineer | Jan 2020 – Present")]
    [InlineData("Senior Engineer\nAcme Corp\nJan 2020 – Present")]
    [InlineData("Acme Corp\nSenior Engineer\nJan 2020 – Present")]
    [InlineData("Senior Engineer, Acme Corp\nJan 2020 – Present")]
    [InlineData("Senior Engineer Jan 2020 – Present\nAcme Corp • Seattle, WA")]
    [InlineData("Jan 2020 – Present\nSenior Engineer, Acme Corp, Seattle, WA")]
    [InlineData("Jan 2020 –\nPresent\nSenior Engineer, Acme Corp")]
    public void Parse_TitleAndCompanyLayouts_ReadBoth(string header)
    {
        var role = Assert.Single(RolesOf($"{header}\n• Cut costs by 20%\n• Led 3 launches"));

        Assert.Equal(("Senior Engineer", "Acme Corp"), (role.Title, role.Company));
        Assert.Equal(new DateOnly(2020, 1, 1), role.Start);
        Assert.True(role.Current);
        Assert.Equal(["Cut costs by 20%", "Led 3 launches"], role.Bullets);
    }

    [Fact]
    public void Parse_SeveralRolesWithWrappedBullets_SplitsRolesAndJoinsContinuations()
    {
        var roles = RolesOf("""
            Full Stack Developer, ABC Company, Inc., Anywhere, USA, June 2018 - Present
            • Developed scalable, robust, and maintainable enterprise-level applications using Java and Spring
            Boot
            * Took part in the complete software development life cycle from requirement analysis to deploy-
            ment
            Software Developer, XYZ Solutions, Anywhere, USA, July 2016 - June 2018
            ▪ Implemented business logic using Java
            – Wrote unit tests using JUnit
            """);

        Assert.Equal(["Full Stack Developer", "Software Developer"], roles.Select(r => r.Title));
        Assert.Equal(["ABC Company", "XYZ Solutions"], roles.Select(r => r.Company));
        Assert.Equal(
            ["Developed scalable, robust, and maintainable enterprise-level applications using Java and Spring Boot",
                "Took part in the complete software development life cycle from requirement analysis to deployment"],
            roles[0].Bullets);
        Assert.Equal(["Implemented business logic using Java", "Wrote unit tests using JUnit"], roles[1].Bullets);
    }

    [Fact]
    public void Parse_DatesFirstWithProse_SplitsSentencesIntoBullets()
    {
        var roles = RolesOf("""
            2017 –
            Present
            Product Manager, Google, Mountain View, CA, USA
            Leading cross-functional teams to design and launch products. Devel-
            oping product strategies from data.
            2012 – 2017 Software Development Engineer III, Amazon, Seattle, WA, USA
            Led a team of developers building e-commerce applications.
            """);

        Assert.Equal(["Product Manager", "Software Development Engineer III"], roles.Select(r => r.Title));
        Assert.Equal(["Google", "Amazon"], roles.Select(r => r.Company));
        Assert.Equal(["Leading cross-functional teams to design and launch products.", "Developing product strategies from data."], roles[0].Bullets);
        Assert.Equal("2017 – Present", roles[0].DateText);
    }

    [Fact]
    public void Parse_TitleAboveDateOnlyLineAfterBullets_StartsTheNextRole()
    {
        var roles = RolesOf("""
            Senior Engineer, Acme Corp
            Jan 2020 – Present
            • Cut costs by 20% across the whole platform by consolidating the three billing services into one
            Engineer, Globex
            Mar 2017 – Dec 2019
            • Built the mobile app
            """);

        Assert.Equal(["Senior Engineer", "Engineer"], roles.Select(r => r.Title));
    }

    [Fact]
    public void Parse_RoleWithoutDates_IsKeptUndated()
    {
        var roles = RolesOf("Freelance Developer, Self-employed\n• Built 6 shop sites\n\nEngineer, Acme Corp\nJan 2020 – Present\n• Ran the platform");

        Assert.Equal(2, roles.Count);
        Assert.Equal(("Freelance Developer", (DateOnly?)null, ""), (roles[0].Title, roles[0].Start, roles[0].DateText));
    }

    [Fact]
    public void Parse_RolesOutsideExperience_AreIgnored()
    {
        var resume = ResumeTexts.Parser().Parse("Jane Smith\nProjects\n2020 – Present Home automation\n• Wired 30 sensors");

        Assert.Empty(resume.Roles);
    }
}
