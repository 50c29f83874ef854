using Bunit;
using JobSentinel.Web.Components.Pages.Evaluations;

namespace JobSentinel.Tests.Components.Pages.Resumes;

public sealed class EvaluationPagesTests : ResumeComponentTest
{
    [Fact]
    public async Task EvaluationsPage_ShowsQueuedThenCompletedLive()
    {
        var resume = await UploadAsync();
        var id = await QueueEvaluationAsync(resume.Id);
        var page = Render<global::JobSentinel.Web.Components.Pages.Evaluations.Evaluations>();
        page.WaitForAssertion(() => Assert.Contains("Queued", page.Find($"[data-testid=evaluation-status-{id}]").TextContent, StringComparison.Ordinal));

        await RunQueuedAsync(); // publishes evaluationChanged: the page reloads without a refresh

        page.WaitForAssertion(() => Assert.Contains("Completed", page.Find($"[data-testid=evaluation-status-{id}]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.Find("[data-testid=verdict]"));
    }

    [Fact]
    public async Task EvaluationPage_Completed_HighlightsMatchedAndMissingSkillsSideBySide()
    {
        var resume = await UploadAsync();
        var id = await QueueEvaluationAsync(resume.Id);
        await RunQueuedAsync();

        var page = Render<EvaluationPage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=relevance-score]")));
        Assert.Contains("Python", page.Find("[data-testid=matched-skills]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Go", page.Find("[data-testid=missing-skills]").TextContent, StringComparison.Ordinal);
        var job = page.Find("[data-testid=job-text]");
        Assert.Contains(job.QuerySelectorAll("mark.skill-matched"), m => m.TextContent == "Python");
        Assert.Contains(job.QuerySelectorAll("mark.skill-missing"), m => m.TextContent == "Go");
        Assert.Contains(page.Find("[data-testid=resume-text]").QuerySelectorAll("mark.skill-matched"), m => m.TextContent == "PostgreSQL");
    }

    [Fact]
    public async Task EvaluationPage_Queued_ShowsProgressUntilItCompletes()
    {
        var resume = await UploadAsync();
        var id = await QueueEvaluationAsync(resume.Id);
        var page = Render<EvaluationPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=evaluation-progress]")));

        await RunQueuedAsync();

        page.WaitForAssertion(() => Assert.Equal("Completed", page.Find("[data-testid=evaluation-status]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=evaluation-progress]"));
    }
}
