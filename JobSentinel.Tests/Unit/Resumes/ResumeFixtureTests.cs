using JobSentinel.Core.Documents;
using JobSentinel.Core.Resumes;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Unit.Resumes;

/// <summary>The real resumes of the shared fixtures (skipped when absent), read by the app's document reader.</summary>
public sealed class ResumeFixtureTests
{
    [Theory]
    [InlineData("alfred_pennyworth_pm.pdf", "Alfred Pennyworth", "alfred.pennyworth@email.com", 5, 25.0, 28.0, EducationLevel.Master)]
    [InlineData("barry_allen_fe.pdf", "Barry Allen", "allthe.stars@google.com", 1, 2.5, 3.5, EducationLevel.Bachelor)]
    [InlineData("bruce_wayne_fullstack.pdf", "Bruce Wayne", "bwayne@email.com", 3, 12.5, 13.5, EducationLevel.Doctorate)]
    [InlineData("harvey_dent_mle.pdf", "Harvey Dent", "hdent@email.com", 3, 9.0, 10.0, EducationLevel.Master)]
    [InlineData("john_doe.pdf", "John Doe", "john.doe@email.com", 2, 8.5, 9.5, EducationLevel.Bachelor)]
    [InlineData("single-column.pdf", "John Doe", "john.doe@email.com", 3, 5.5, 6.5, EducationLevel.Bachelor)]
    [InlineData("modern-two-column.pdf", "John Doe", "john.doe@email.com", 3, 5.5, 6.5, EducationLevel.Bachelor)]
    public void Parse_FixtureResume_ReadsContactRolesYearsAndEducation(
        string file, string name, string email, int roles, double minYears, double maxYears, EducationLevel education)
    {
        var resume = ResumeTexts.Parser().Parse(Extract(file).Text);

        Assert.Equal((name, email), (resume.Contact.Name, resume.Contact.Email));
        Assert.NotNull(resume.Contact.Phone);
        Assert.Superset(new HashSet<string> { "experience", "education", "skills" }, resume.Sections.Select(s => s.Name).ToHashSet());
        Assert.Equal(roles, resume.Roles.Count);
        Assert.All(resume.Roles, r => Assert.NotNull(r.Start));
        Assert.All(resume.Roles, r => Assert.NotEmpty(r.Bullets));
        Assert.InRange(resume.YearsExperience, minYears, maxYears);
        Assert.Equal(education, resume.EducationLevel);
        Assert.NotEmpty(resume.Skills);
    }

    [Fact]
    public void Parse_SameCvInTwoLayouts_ReadsTheSameRoles()
    {
        var single = ResumeTexts.Parser().Parse(Extract("single-column.pdf").Text);
        var twoColumn = ResumeTexts.Parser().Parse(Extract("modern-two-column.pdf").Text);

        Assert.Equal(single.Roles.Select(r => (r.Title, r.Company, r.Start, r.End)), twoColumn.Roles.Select(r => (r.Title, r.Company, r.Start, r.End)));
        Assert.Equal(single.YearsExperience, twoColumn.YearsExperience);
        Assert.Equal(["Stripe", "Figma", "Notion"], twoColumn.Roles.Select(r => r.Company));
    }

    [Fact]
    public void Read_SameCvInTwoLayouts_YieldsTheSameSkills()
    {
        var single = FixtureDocuments.Resume("resumes/single-column.pdf");
        var twoColumn = FixtureDocuments.Resume("resumes/modern-two-column.pdf");

        Assert.NotEmpty(single.Skills);
        Assert.Equal(single.Skills.Select(s => s.Skill).Order(), twoColumn.Skills.Select(s => s.Skill).Order());
        Assert.Equal(2, FixtureDocuments.Read("resumes/modern-two-column.pdf").Layout.Columns);
    }

    [Theory]
    [InlineData("alfred_pennyworth_pm.pdf")]
    [InlineData("barry_allen_fe.pdf")]
    [InlineData("bruce_wayne_fullstack.pdf")]
    [InlineData("harvey_dent_mle.pdf")]
    [InlineData("john_doe.pdf")]
    [InlineData("single-column.pdf")]
    [InlineData("modern-two-column.pdf")]
    public void Analyze_FixtureResume_IsReadableWithNoCriticalIssue(string file)
    {
        var document = Extract(file);

        var report = new AtsAnalyzer().Analyze(document, ResumeTexts.Parser().Parse(document.Text));

        Assert.InRange(report.Score, 70, 100);
        Assert.DoesNotContain(report.Issues, i => i.Severity == IssueSeverity.Critical);
        Assert.InRange(report.WordCount, 150, 1000);
    }

    [Fact]
    public void Analyze_ProseWithoutNumbers_ScoresBelowTheMetricRichCv()
    {
        var prose = Extract("alfred_pennyworth_pm.pdf");
        var metrics = Extract("single-column.pdf");
        var analyzer = new AtsAnalyzer();

        var proseReport = analyzer.Analyze(prose, ResumeTexts.Parser().Parse(prose.Text));
        var metricsReport = analyzer.Analyze(metrics, ResumeTexts.Parser().Parse(metrics.Text));

        Assert.Contains(proseReport.Issues, i => i.Code == AtsIssueCodes.FewMeasurableResults);
        Assert.True(proseReport.Score < metricsReport.Score, $"{proseReport.Score} vs {metricsReport.Score}");
    }

    private static ExtractedDocument Extract(string file) => FixtureDocuments.Read($"resumes/{file}");
}
