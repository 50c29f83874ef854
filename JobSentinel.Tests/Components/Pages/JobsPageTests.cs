using Bunit;
using JobSentinel.Core.Live;
using JobSentinel.Core.Postings;
using JobSentinel.Web.Components.Pages.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages;

public sealed class JobsPageTests : DiscoveryComponentTest
{
    [Fact]
    public async Task Render_ListsPostingsWithTheirTotal()
    {
        await AddJobAsync("Backend Engineer", "Acme");
        await AddJobAsync("Data Analyst", "Globex");

        var page = Render<Jobs>();

        page.WaitForAssertion(() =>
        {
            Assert.Equal(2, page.FindAll("[data-testid=job-title]").Count);
            Assert.Contains("2 matching", page.Find("[data-testid=jobs-total]").TextContent, StringComparison.Ordinal);
        });
        Assert.Contains("Globex", page.Find("[data-testid=jobs-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_KeepsOnlyPostingsMatchingEveryWord()
    {
        await AddJobAsync("Backend Engineer", description: "<p>Go and Kubernetes.</p>");
        await AddJobAsync("Frontend Engineer", description: "<p>React and Kubernetes.</p>");
        var page = Render<Jobs>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=job-title]").Count));

        page.Find("input[data-testid=jobs-search]").Input("kubernetes react");

        page.WaitForAssertion(() =>
        {
            var titles = page.FindAll("[data-testid=job-title]").Select(t => t.TextContent).ToList();
            Assert.Equal(["Frontend Engineer"], titles);
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Star_IsStoredAndShown()
    {
        var job = await AddJobAsync("Backend Engineer");
        var page = Render<Jobs>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=job-title]")));

        page.Find("button[aria-label=Star]").Click();

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("button[aria-label=Unstar]").GetAttribute("aria-pressed")));
        Assert.True((await Core.GetRequiredService<JobSearch>().GetAsync(job.Id, CancellationToken.None))!.Starred);
    }

    [Fact]
    public async Task Hide_RemovesThePostingFromTheDefaultList()
    {
        await AddJobAsync("Backend Engineer");
        await AddJobAsync("Data Analyst");
        var page = Render<Jobs>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=job-title]").Count));

        page.FindAll("button[aria-label=Hide]")[0].Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=job-title]")));
    }

    [Fact]
    public async Task JobsDiscovered_ShowsTheNewPostingsWithoutReload()
    {
        await AddJobAsync("Backend Engineer");
        var page = Render<Jobs>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=job-title]")));

        var added = await AddJobAsync("Platform Engineer");
        Notifier.Publish(new JobsDiscovered(1, "Acme", 1, [added.Id]));

        page.WaitForAssertion(() =>
        {
            Assert.Equal(2, page.FindAll("[data-testid=job-title]").Count);
            var fresh = page.FindAll("tr.job-new");
            Assert.Single(fresh);
            Assert.Contains("Platform Engineer", fresh[0].TextContent, StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Empty_WithoutSources_PointsToTheSourcesPage()
    {
        var page = Render<Jobs>();

        page.WaitForAssertion(() => Assert.Contains("Add a source", page.Find("[data-testid=jobs-empty]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.Find("[data-testid=jobs-empty] a[href='/sources']"));
    }
}
