using JobSentinel.Core.Resumes;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Resumes;

/// <summary>
/// CVs that keep their dates in a narrow left column (moderncv and other LaTeX classes): the range wraps, so the
/// extracted text has its start ahead of the role's heading and its end ahead of the description's first line.
/// </summary>
public sealed class ResumeParserDateColumnTests
{
    private const string TwoRoles = """
        Aug 2019 – Staff Engineer, Initech, Austin, TX, USA
        Present Running the billing platform and its on-call rotation. Moved the ledger
        to event sourcing.
        March 2014 – Backend Developer, Globex Corporation, Springfield, USA
        July 2019 Built the order service in Go. Cut checkout latency in half.
        """;

    private static ParsedResume Parse(string experience) =>
        ResumeTexts.Parser().Parse($"Jane Smith\njane.smith@example.com\n\nExperience\n{experience}\n\nEducation\n2010 – 2014 BSc Computer Science, Example University");

    [Fact]
    public void Parse_DateColumn_ReadsTitleCompanyAndBothHalvesOfTheRange()
    {
        var roles = Parse(TwoRoles).Roles;

        Assert.Equal(
            [("Staff Engineer", "Initech", new DateOnly(2019, 8, 1), (DateOnly?)null, true, "Aug 2019 – Present"),
                ("Backend Developer", "Globex Corporation", new DateOnly(2014, 3, 1), new DateOnly(2019, 7, 1), false, "March 2014 – July 2019")],
            roles.Select(r => (r.Title, r.Company!, r.Start!.Value, r.End, r.Current, r.DateText)));
    }

    [Fact]
    public void Parse_DateColumn_KeepsTheProseBesideTheRangeEndAsTheFirstBullet()
    {
        var roles = Parse(TwoRoles).Roles;

        Assert.Equal(["Running the billing platform and its on-call rotation.", "Moved the ledger to event sourcing."], roles[0].Bullets);
        Assert.Equal(["Built the order service in Go.", "Cut checkout latency in half."], roles[1].Bullets);
    }

    [Fact]
    public void Parse_DateColumn_CountsYearsFromBothRoles()
    {
        // Mar 2014 – Jun 2025 (the fake clock) without a gap: 136 months.
        Assert.Equal(11.3, Parse(TwoRoles).YearsExperience);
    }

    [Fact]
    public void Parse_DateColumnWithCapitalisedFirstLine_DoesNotTakeItForHeading()
    {
        var role = Assert.Single(Parse("""
            2021 – Engineering Manager, Acme Corp, Seattle, USA
            Present Platform Team Lead For Payments And Billing
            Grew the team from 3 to 9 engineers.
            """).Roles);

        Assert.Equal(("Engineering Manager", "Acme Corp"), (role.Title, role.Company));
        Assert.Equal(["Platform Team Lead For Payments And Billing Grew the team from 3 to 9 engineers."], role.Bullets);
    }

    [Fact]
    public void Parse_DateColumnWithEndAlone_ReadsBulletsBelow()
    {
        var role = Assert.Single(Parse("2020 – Senior Engineer, Acme Corp\nPresent\n• Cut costs by 20%\n• Led 3 launches").Roles);

        Assert.Equal(("Senior Engineer", "Acme Corp", new DateOnly(2020, 1, 1), true), (role.Title, role.Company, role.Start, role.Current));
        Assert.Equal(["Cut costs by 20%", "Led 3 launches"], role.Bullets);
    }

    [Fact]
    public void Parse_HeadingAfterADashAndAnEarlierYear_IsNoDateColumn()
    {
        // An end before its start makes no range: the year opening the second line is the description's.
        var roles = Parse("""
            Senior Engineer, Acme Corp, Jan 2020 – Present
            • Shipped the 2021 – 2022 roadmap
            2019 – Engineer, Globex
            2015 figures were restated by the team.
            """).Roles;

        Assert.Equal(["Senior Engineer"], roles.Select(r => r.Title));
    }
}
