using Bunit;
using JobSentinel.Core.Live;
using JobSentinel.Core.Sources;
using JobSentinel.Tests.Builders;
using JobSentinel.Web.Components.Shared;

namespace JobSentinel.Tests.Components.Dashboards;

public sealed class OverviewWidgetsTests : DashboardComponentTest
{
    [Fact]
    public void JobsLast24h_WithoutPostings_SaysSoInsteadOfAnEmptyChart()
    {
        var widget = Render<JobsLast24h>();

        widget.WaitForAssertion(() => Assert.Contains("No new postings in the last 24 hours yet", widget.Find("[data-testid=jobs-24h-empty]").TextContent, StringComparison.Ordinal));
        Assert.Empty(widget.FindAll("svg.mud-chart-bar"));
    }

    [Fact]
    public async Task JobsLast24h_CountsTheLastDayOnly_AndDrawsHourlyBars()
    {
        await AddPostingsAsync(Posting(hoursAgo: 1), Posting(hoursAgo: 5), Posting(hoursAgo: 23.5), Posting(hoursAgo: 30));

        var widget = Render<JobsLast24h>();

        widget.WaitForAssertion(() => Assert.Equal("3", widget.Find("[data-testid=jobs-24h-total]").TextContent));
        Assert.NotNull(widget.Find("svg.mud-chart-bar"));
    }

    [Fact]
    public async Task JobsLast24h_JobsDiscovered_UpdatesTheCountWithoutReload()
    {
        var source = await AddPostingsAsync(Posting());
        var widget = Render<JobsLast24h>();
        widget.WaitForAssertion(() => Assert.Equal("1", widget.Find("[data-testid=jobs-24h-total]").TextContent));

        await DashboardData.AddPostingsAsync(Db, source, [Posting(hoursAgo: 0.1), Posting(hoursAgo: 0.1)]);
        Notifier.Publish(new JobsDiscovered(source, "Board", 2, []));

        widget.WaitForAssertion(() => Assert.Equal("3", widget.Find("[data-testid=jobs-24h-total]").TextContent));
    }

    [Fact]
    public void ActiveSources_WithoutSources_PointsToTheSourcesPage()
    {
        var widget = Render<ActiveSourcesPanel>();

        widget.WaitForAssertion(() => Assert.Contains("No enabled source yet", widget.Find("[data-testid=active-sources-empty]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(widget.Find("a[href='/sources']"));
    }

    [Fact]
    public async Task ActiveSources_ListsEnabledSourcesWithCircuitAndLastRun_AndFollowsRuns()
    {
        var acme = await DashboardData.AddSourceAsync(Db, "Acme board");
        var globex = await DashboardData.AddSourceAsync(Db, "Globex board", circuit: CircuitState.HalfOpen);
        await DashboardData.AddSourceAsync(Db, "Paused board", enabled: false);
        await DashboardData.AddRunAsync(Db, globex, ScrapeRunStatus.Failed, DateTime.UtcNow.AddMinutes(-121), error: "HTTP 503");

        var widget = Render<ActiveSourcesPanel>();

        widget.WaitForAssertion(() => Assert.Equal("2", widget.Find("[data-testid=active-sources-count]").TextContent));
        var rows = widget.FindAll("[data-testid=active-source]");
        Assert.Contains("Acme board", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("closed", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("never run", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("half-open", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("failed 2 h ago", rows[1].TextContent, StringComparison.Ordinal);

        await DashboardData.AddRunAsync(Db, acme, ScrapeRunStatus.Completed, DateTime.UtcNow.AddMinutes(-1), jobsNew: 7);
        Notifier.Publish(new ScrapeRunChanged(1, acme, "Acme board", "completed", "done", 1, 7, 7, 0, null));

        widget.WaitForAssertion(() => Assert.Contains("7 new", widget.FindAll("[data-testid=active-source]")[0].TextContent, StringComparison.Ordinal));
    }
}
