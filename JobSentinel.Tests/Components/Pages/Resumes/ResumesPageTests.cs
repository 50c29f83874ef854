using Bunit;
using JobSentinel.Web.Components.Pages.Resumes;

namespace JobSentinel.Tests.Components.Pages.Resumes;

public sealed class ResumesPageTests : ResumeComponentTest
{
    [Fact]
    public void Render_NoResumes_ShowsTheDropZoneAndAnEmptyState()
    {
        var page = Render<global::JobSentinel.Web.Components.Pages.Resumes.Resumes>();

        page.WaitForAssertion(() => Assert.Contains("No resumes yet", page.Markup, StringComparison.Ordinal));
        Assert.NotNull(page.Find("[data-testid=resume-upload]"));
        Assert.Contains("up to 10 MB", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_WithAResume_ListsItsCandidateAndAtsScore()
    {
        var resume = await UploadAsync();

        var page = Render<global::JobSentinel.Web.Components.Pages.Resumes.Resumes>();

        page.WaitForAssertion(() =>
        {
            var row = page.Find("[data-testid=resumes-table] tbody tr");
            Assert.Contains("Jane Doe", row.TextContent, StringComparison.Ordinal);
            Assert.Contains($"{resume.AtsReport.Score} · {resume.AtsReport.Rating}", row.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ResumePage_ShowsGaugeIssuesBySeveritySkillsAndSections()
    {
        var resume = await UploadAsync("""
            Jane Doe
            EXPERIENCE
            I was responsible for Python stuff and I am a team player.
            """);

        var page = Render<ResumePage>(p => p.Add(x => x.Id, resume.Id));

        page.WaitForAssertion(() => Assert.Equal(resume.AtsReport.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("[data-testid=ats-score]").TextContent));
        Assert.Equal(resume.AtsReport.Rating.ToString(), page.Find("[data-testid=ats-rating]").TextContent);
        foreach (var severity in resume.AtsReport.Issues.Select(i => i.Severity).Distinct())
        {
            Assert.NotNull(page.Find($"[data-testid=issues-{severity.ToString().ToLowerInvariant()}]"));
        }

        Assert.All(resume.AtsReport.Issues, issue => Assert.Contains(issue.Fix, page.Markup, StringComparison.Ordinal));
        Assert.Contains("Python", page.Find("[data-testid=resume-skills]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ResumePage_UnknownId_SaysSo()
    {
        var page = Render<ResumePage>(p => p.Add(x => x.Id, 424242));

        page.WaitForAssertion(() => Assert.Contains("There is no resume with id 424242", page.Markup, StringComparison.Ordinal));
    }
}
