using JobSentinel.Core.Resumes;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Resumes;

public sealed class ResumeParserExperienceTests
{
    private static double YearsOf(string experience) =>
        ResumeTexts.Parser().Parse($"Jane Smith\n\nExperience\n{experience}").YearsExperience;

    [Fact]
    public void Parse_CleanResume_SumsContiguousRolesToNow()
    {
        // Jun 2016 – Jun 2025 (the fake clock), month by month: 109 months.
        Assert.Equal(9.1, ResumeTexts.Parser().Parse(ResumeTexts.Clean).YearsExperience);
    }

    [Fact]
    public void Parse_OverlappingRoles_CountsTheOverlapOnce()
    {
        var years = YearsOf("""
            Engineer, Acme, Jan 2015 - Dec 2018
            • Built A
            Consultant, Globex, Jan 2017 - Dec 2019
            • Built B
            Mentor, Initech, Jun 2017 - Jun 2018
            • Taught C
            """);

        Assert.Equal(5.0, years);
    }

    [Fact]
    public void Parse_GapBetweenRoles_IsNotCounted()
    {
        var years = YearsOf("Engineer, Acme, Jan 2010 - Dec 2011\n• A\nEngineer, Globex, Jan 2014 - Jun 2014\n• B");

        Assert.Equal(2.5, years);
    }

    [Fact]
    public void Parse_PresentRole_RunsToTheClock()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2024, 3, 10, 0, 0, 0, TimeSpan.Zero));
        var parser = new ResumeParser(Core.Skills.SkillTaxonomy.LoadDefault(), time);
        var text = "Jane Smith\nExperience\nEngineer, Acme\nApr 2023 – Present\n• Ran things";

        var before = parser.Parse(text).YearsExperience;
        time.Advance(TimeSpan.FromDays(365));
        var after = parser.Parse(text).YearsExperience;

        Assert.Equal((1.0, 2.0), (before, after));
    }

    [Fact]
    public void Parse_YearOnlyRanges_CountWholeYears()
    {
        Assert.Equal(4.0, YearsOf("2016 – 2018 Analyst, Facebook\nAnalysed data.\n2018 – 2020 Scientist, Uber\nBuilt models."));
    }

    [Fact]
    public void Parse_NoDatedRoles_FallsBackToTheStatedYears()
    {
        var resume = ResumeTexts.Parser().Parse("Jane Smith\nSummary\nEngineer with 12+ years of experience in payments.\nExperience\nEngineer, Acme\n• Ran things");

        Assert.Equal(12, resume.YearsExperience);
    }

    [Fact]
    public void Parse_NothingToCount_IsZero()
    {
        Assert.Equal(0, YearsOf("Engineer, Acme\n• Ran things"));
    }

    [Theory]
    [InlineData("PhD in Physics, ETH Zurich", EducationLevel.Doctorate)]
    [InlineData("Ph.D., Computer Science, Stanford", EducationLevel.Doctorate)]
    [InlineData("Doctor of Medicine, Johns Hopkins", EducationLevel.Doctorate)]
    [InlineData("M.S. in Computer Science, MIT", EducationLevel.Master)]
    [InlineData("MSc Data Science, UCL", EducationLevel.Master)]
    [InlineData("MBA, Wharton", EducationLevel.Master)]
    [InlineData("Master of Arts in History", EducationLevel.Master)]
    [InlineData("M.Tech, IIT Bombay", EducationLevel.Master)]
    [InlineData("B.S. Mathematics, UCLA", EducationLevel.Bachelor)]
    [InlineData("BSc Physics, Imperial College", EducationLevel.Bachelor)]
    [InlineData("BA English, Boston College, Boston, MA", EducationLevel.Bachelor)]
    [InlineData("B.Tech, Computer Science, IIT Delhi", EducationLevel.Bachelor)]
    [InlineData("B.E. Mechanical, Anna University", EducationLevel.Bachelor)]
    [InlineData("Bachelor of Science in Computer Science, State University, Jackson, MS", EducationLevel.Bachelor)]
    [InlineData("Associate of Applied Science, Nursing", EducationLevel.Associate)]
    [InlineData("High School Diploma, Lincoln High", EducationLevel.HighSchool)]
    [InlineData("GED, 2010", EducationLevel.HighSchool)]
    [InlineData("Coursera: Machine Learning systems", EducationLevel.None)]
    public void Parse_EducationSection_ReadsTheHighestLevel(string line, EducationLevel expected)
    {
        var resume = ResumeTexts.Parser().Parse($"Jane Smith\nEducation\n{line}");

        Assert.Equal(expected, resume.EducationLevel);
    }

    [Fact]
    public void Parse_SeveralDegrees_KeepsTheHighest()
    {
        var resume = ResumeTexts.Parser().Parse("Jane Smith\nEducation\nBachelor of Science, UC San Diego\nPhD in Computer Science, CalTech\nMaster of Science, MIT");

        Assert.Equal(EducationLevel.Doctorate, resume.EducationLevel);
    }
}
