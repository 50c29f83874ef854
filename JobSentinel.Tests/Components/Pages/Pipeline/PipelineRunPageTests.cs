using Bunit;
using JobSentinel.Core.Pipeline;
using JobSentinel.Core.Postings;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.Components.Pages.Resumes;
using JobSentinel.Web.Components.Pages.Pipeline;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages.Pipeline;

/// <summary>The run pages over the real services: steps appear live, traces open, documents link, re-run and Prepare application navigate.</summary>
public sealed class PipelineRunPageTests : ResumeComponentTest
{
    private async Task<long> AddJobAsync() =>
        (await Get<JobTriage>().AddManualAsync(new ManualJobDraft
        {
            Url = "https://jobs.example.com/backend",
            Title = "Backend Engineer",
            Company = "Acme Robotics",
            Description = "<p>Python, PostgreSQL, Docker and Kubernetes.</p>",
        }, CancellationToken.None)).Id;

    private async Task<long> QueueRunAsync()
    {
        Services.AddSingleton(Get<PipelineService>());
        var resume = await UploadAsync(ResumeTexts.Clean);
        var (run, _) = await Get<PipelineService>().CreateAsync(new PipelineRunRequest(await AddJobAsync(), resume.Id), CancellationToken.None);
        return run!.Id;
    }

    [Fact]
    public async Task RunPage_ShowsStepsLive_TraceAndDocuments()
    {
        var id = await QueueRunAsync();
        var page = Render<PipelineRunPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Equal("Queued", page.Find("[data-testid=run-status]").TextContent.Trim()));

        await RunQueuedAsync(); // the runner publishes pipelineRunChanged on every step: the page follows without a refresh

        page.WaitForAssertion(() => Assert.Equal("Completed", page.Find("[data-testid=run-status]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        foreach (var step in PipelineSteps.Names)
        {
            Assert.Contains("Completed", page.Find($"[data-testid=step-status-{step}]").TextContent, StringComparison.Ordinal);
        }

        Assert.Equal("template", page.Find("[data-testid=step-provider-tailoredCv]").TextContent.Trim());
        Assert.Contains("$0.0000", page.Find("[data-testid=run-cost]").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.Find("[data-testid=run-documents]").QuerySelectorAll("a[href^='/documents/']").Length);

        page.Find("[data-testid=trace-toggle-tailoredCv] button, button[data-testid=trace-toggle-tailoredCv]").Click();

        var trace = page.Find("[data-testid=trace-tailoredCv]").TextContent;
        Assert.Contains("Rewrite this professional summary", trace, StringComparison.Ordinal); // exactly what would be sent
        Assert.Contains("No LLM provider is configured", trace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rerun_OpensTheNewRun()
    {
        var id = await QueueRunAsync();
        await RunQueuedAsync();
        var page = Render<PipelineRunPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.Equal("Completed", page.Find("[data-testid=run-status]").TextContent.Trim()));

        page.Find("button[data-testid=rerun]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith($"/pipeline-runs/{id + 1}", navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunsList_FiltersByStatus()
    {
        var id = await QueueRunAsync();
        var page = Render<PipelineRuns>();
        page.WaitForAssertion(() => Assert.Contains("Queued", page.Find($"[data-testid=run-status-{id}]").TextContent, StringComparison.Ordinal));

        await RunQueuedAsync();

        page.WaitForAssertion(() => Assert.Contains("Completed", page.Find($"[data-testid=run-status-{id}]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task PrepareApplication_StartsARunWithTheNewestResume_AndOpensIt()
    {
        Services.AddSingleton(Get<PipelineService>());
        await UploadAsync();
        var newest = await UploadAsync(ResumeTexts.Clean);
        var job = await AddJobAsync();
        var button = Render<PrepareApplication>(p => p.Add(x => x.JobId, job));

        button.WaitForAssertion(() => Assert.NotNull(button.Find("[data-testid=prepare-resume]")));
        button.Find("button[data-testid=prepare-application]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        button.WaitForAssertion(() => Assert.Contains("/pipeline-runs/", navigation.Uri, StringComparison.Ordinal));
        var run = (await Get<PipelineService>().ListAsync(null, job, 1, 10, CancellationToken.None)).Items.Single();
        Assert.Equal(newest.Id, run.ResumeId);
        Assert.EndsWith($"/pipeline-runs/{run.Id}", navigation.Uri, StringComparison.Ordinal);
    }
}
