using Bunit;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Live;
using JobSentinel.Tests.Builders;
using JobSentinel.Web.Components.Pages.Dashboards;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace JobSentinel.Tests.Components.Dashboards;

public sealed class BusinessWidgetsTests : DashboardComponentTest
{
    [Fact]
    public void Business_EmptyDatabase_EveryCardSaysNoDataYet()
    {
        var page = Render<Business>();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=no-data]").Count));
        Assert.Empty(page.FindAll("svg.mud-chart-bar, svg.mud-chart-line"));
        Assert.NotNull(page.Find("[data-testid=time-range]"));
    }

    [Fact]
    public async Task Business_ChangingTheRange_ReloadsEveryCard()
    {
        await AddPostingsAsync(Posting(hoursAgo: 2), Posting(hoursAgo: 24 * 10));
        var page = Render<Business>();
        page.WaitForAssertion(() => Assert.Equal("1", page.Find("[data-testid=jobs-found-total]").TextContent));
        Assert.Contains("per day", page.Find("[data-testid=jobs-found] h6").TextContent, StringComparison.Ordinal);

        page.FindAll("[data-testid=time-range] .mud-toggle-item").Single(b => b.TextContent.Contains("30 d", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=jobs-found-total]").TextContent));

        page.FindAll("[data-testid=time-range] .mud-toggle-item").Single(b => b.TextContent.Contains("24 h", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Contains("per hour", page.Find("[data-testid=jobs-found] h6").TextContent, StringComparison.Ordinal));
        Assert.Equal("1", page.Find("[data-testid=jobs-found-total]").TextContent);
    }

    [Fact]
    public async Task JobsFound_JobsDiscovered_RedrawsWithoutReload()
    {
        var chart = Render<JobsFoundChart>(p => p.Add(c => c.Range, TimeSpan.FromDays(7)));
        chart.WaitForAssertion(() => Assert.NotNull(chart.Find("[data-testid=no-data]")));

        var source = await AddPostingsAsync(Posting(), Posting());
        Notifier.Publish(new JobsDiscovered(source, "Board", 2, []));

        chart.WaitForAssertion(() => Assert.Equal("2", chart.Find("[data-testid=jobs-found-total]").TextContent));
        Assert.NotNull(chart.Find("svg.mud-chart-bar"));
    }

    [Fact]
    public async Task TopCompanies_MostOpenPostingsFirst()
    {
        await AddPostingsAsync(Posting("Initech"), Posting("Globex"), Posting("Globex"), Posting("Globex"), Posting("Acme"), Posting("Acme"));

        var chart = Render<TopCompaniesChart>(p => p.Add(c => c.Range, TimeSpan.FromDays(7)));

        chart.WaitForAssertion(() => Assert.Equal(3, chart.FindAll("[data-testid=top-company]").Count));
        var rows = chart.FindAll("[data-testid=top-company]");
        Assert.Equal(["Globex", "Acme", "Initech"], rows.Select(r => r.QuerySelector(".company-name")!.TextContent));
        Assert.Equal(["3", "2", "1"], rows.Select(r => r.QuerySelector(".company-count")!.TextContent));
    }

    [Fact]
    public async Task SalaryTrends_DrawsOneLinePerKeyword_AndStatesTheCurrency()
    {
        await AddPostingsAsync(
            Posting(title: "Backend Engineer", salary: 100_000), Posting(title: "Platform Engineer", salary: 140_000),
            Posting(title: "Product Designer", salary: 90_000), Posting(title: "Data Engineer"));
        var chart = Render<SalaryTrendsChart>(p => p.Add(c => c.Range, TimeSpan.FromDays(7)));
        chart.WaitForAssertion(() => Assert.Contains("engineer: 2 postings", chart.Find("[data-testid=salary-note]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Median annual salary in US dollars", chart.Find("[data-testid=salary-note]").TextContent, StringComparison.Ordinal);

        await AddKeywordAsync(chart, "designer");

        chart.WaitForAssertion(() => Assert.Contains("designer: 1 postings", chart.Find("[data-testid=salary-note]").TextContent, StringComparison.Ordinal));
        Assert.Equal(2, chart.FindAll(".mud-chart-legend-item").Count);
    }

    [Fact]
    public async Task SalaryTrends_NoMatchingSalary_SaysNoDataYet_AndASixthKeywordIsRefused()
    {
        await AddPostingsAsync(Posting(title: "Engineer"));
        var chart = Render<SalaryTrendsChart>(p => p.Add(c => c.Range, TimeSpan.FromDays(7)));
        chart.WaitForAssertion(() => Assert.Contains("no posting with a salary matches", chart.Find("[data-testid=no-data]").TextContent, StringComparison.Ordinal));

        foreach (var keyword in new[] { "a", "b", "c", "d", "e" })
        {
            await AddKeywordAsync(chart, keyword);
        }

        chart.WaitForAssertion(() => Assert.Contains("At most 5 keywords", chart.Markup, StringComparison.Ordinal));
        Assert.Equal(5, chart.FindAll(".mud-chip").Count);
    }

    [Fact]
    public async Task AnalysisCompletion_ShowsTheRateAndCounts_AndFollowsEvaluations()
    {
        var resume = await DashboardData.AddResumeAsync(Db, DateTime.UtcNow.AddHours(-3));
        await DashboardData.AddEvaluationAsync(Db, resume, EvaluationStatus.Completed, DateTime.UtcNow.AddHours(-2));
        await DashboardData.AddEvaluationAsync(Db, resume, EvaluationStatus.Failed, DateTime.UtcNow.AddHours(-2));
        var chart = Render<AnalysisCompletionChart>(p => p.Add(c => c.Range, TimeSpan.FromDays(7)));
        chart.WaitForAssertion(() => Assert.Equal("50%", chart.Find("[data-testid=completion-rate]").TextContent));
        Assert.Contains("1 completed · 1 failed · 0 queued · 1 resume analysed", chart.Find("[data-testid=completion-counts]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(chart.Find("svg.mud-chart-bar, svg.mud-chart-stacked-bar, svg"));

        await DashboardData.AddEvaluationAsync(Db, resume, EvaluationStatus.Completed, DateTime.UtcNow.AddMinutes(-1));
        Notifier.Publish(new EvaluationChanged(3, "completed", 100, 80, "strong", null, 0));

        chart.WaitForAssertion(() => Assert.Equal("67%", chart.Find("[data-testid=completion-rate]").TextContent));
    }

    private static async Task AddKeywordAsync(IRenderedComponent<SalaryTrendsChart> chart, string keyword)
    {
        var input = chart.Find("input[data-testid=salary-keywords]");
        await input.InputAsync(new ChangeEventArgs { Value = keyword });
        await chart.Find("input[data-testid=salary-keywords]").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });
    }
}
