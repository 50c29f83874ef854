using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Live;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>The Overview and Business dashboards over a week of stored postings, runs and evaluations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardsJourneyTests(BrowserFixture browser) : BrowserJourney(browser)
{
    private IDbContextFactory<JobSentinelDbContext> Db => Session.Factory.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();

    [Fact]
    public async Task Overview_ShowsTheLastDayAndSources_AndFollowsNewPostingsLive()
    {
        var page = await Session.SignedInPageAsync();
        var source = await SeedAsync();
        await page.GotoAsync("/");
        await BrowserSession.WaitForInteractivityAsync(page);

        var recent = SeedWeek().Count(p => p.FirstSeenAt > DateTime.UtcNow.AddHours(-24));
        await Assertions.Expect(page.Locator("[data-testid=jobs-24h-total]")).ToHaveTextAsync(recent.ToString("N0", System.Globalization.CultureInfo.CurrentCulture));
        await Assertions.Expect(page.Locator("[data-testid=jobs-24h] svg.mud-chart-bar")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=active-sources-count]")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("[data-testid=active-source]").Filter(new() { HasText = "Globex board" })).ToContainTextAsync("open");
        await Assertions.Expect(page.Locator("[data-testid=active-source]").Filter(new() { HasText = "Acme board" })).ToContainTextAsync("12 new");
        await Assertions.Expect(page.Locator("[data-testid=health-panel]")).ToBeVisibleAsync();

        // A run stores 5 new postings and announces them, as ScrapeRunner does.
        await DashboardData.AddPostingsAsync(Db, source, Enumerable.Range(0, 5).Select(i => new SeedPosting($"Fresh {i}", "Initech", DateTime.UtcNow.AddSeconds(-1))));
        Session.Factory.Services.GetRequiredService<LiveEventNotifier>().Publish(new JobsDiscovered(source, "Acme board", 5, []));

        await Assertions.Expect(page.Locator("[data-testid=jobs-24h-total]")).ToHaveTextAsync((recent + 5).ToString("N0", System.Globalization.CultureInfo.CurrentCulture));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("dashboard-overview.png"), FullPage = true });
    }

    [Fact]
    public async Task Business_ShowsChartsForTheRange_AndSaysWhenThereIsNoData()
    {
        var page = await Session.SignedInPageAsync();

        // A click on the prerendered menu can be lost while the interactive circuit starts.
        await BrowserSession.WaitForInteractivityAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Business" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboards/business$"));
        await BrowserSession.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=jobs-found] [data-testid=no-data]")).ToContainTextAsync("No data yet");
        await Assertions.Expect(page.Locator("[data-testid=top-companies] [data-testid=no-data]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=analysis-completion] [data-testid=no-data]")).ToBeVisibleAsync();

        await SeedAsync();
        await page.ReloadAsync();
        await BrowserSession.WaitForInteractivityAsync(page);

        await Assertions.Expect(page.Locator("[data-testid=jobs-found-total]")).ToHaveTextAsync(SeedWeek().Count.ToString("N0", System.Globalization.CultureInfo.CurrentCulture));
        await Assertions.Expect(page.Locator("[data-testid=top-company]").First).ToContainTextAsync("Globex");
        await Assertions.Expect(page.Locator("[data-testid=salary-trends] svg.mud-chart-line")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=salary-note]")).ToContainTextAsync("Median annual salary in US dollars");
        await Assertions.Expect(page.Locator("[data-testid=completion-rate]")).ToHaveTextAsync("80%");

        var keywords = page.Locator("input[data-testid=salary-keywords]");
        await keywords.FillAsync("designer");
        await keywords.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=salary-note]")).ToContainTextAsync("designer:");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("dashboard-business-7d.png"), FullPage = true });

        await page.Locator("[data-testid=time-range]").GetByText("1 h").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=jobs-found] h6")).ToContainTextAsync("per hour");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("dashboard-business-1h.png"), FullPage = true });
    }

    private static List<SeedPosting> SeedWeek()
    {
        string[] companies = ["Globex", "Globex", "Globex", "Acme", "Acme", "Initech", "Umbrella", "Hooli"];
        string[] titles = ["Senior Backend Engineer", "Product Designer", "Platform Engineer", "Data Engineer", "UX Designer"];
        var now = DateTime.UtcNow;
        // Deterministic: the same list on every call within the test (times rounded to the minute before now).
        var anchor = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc).AddMinutes(-2);
        return [.. Enumerable.Range(0, 60).Select(i => new SeedPosting(
            titles[i % titles.Length], companies[i % companies.Length], anchor.AddHours(-i * 2.7),
            i % 3 == 0 ? null : 90_000 + (i % 7) * 8_000 + (titles[i % titles.Length].Contains("Designer", StringComparison.Ordinal) ? -20_000 : 0)))];
    }

    private async Task<int> SeedAsync()
    {
        var acme = await DashboardData.AddSourceAsync(Db, "Acme board");
        var globex = await DashboardData.AddSourceAsync(Db, "Globex board", circuit: CircuitState.Open);
        await DashboardData.AddSourceAsync(Db, "Paused board", enabled: false);
        await DashboardData.AddRunAsync(Db, acme, ScrapeRunStatus.Completed, DateTime.UtcNow.AddMinutes(-20), jobsNew: 12);
        await DashboardData.AddRunAsync(Db, globex, ScrapeRunStatus.Failed, DateTime.UtcNow.AddMinutes(-45), error: "HTTP 503 from the board");
        await DashboardData.AddPostingsAsync(Db, acme, SeedWeek());
        var resume = await DashboardData.AddResumeAsync(Db, DateTime.UtcNow.AddDays(-2));
        EvaluationStatus[] outcomes = [EvaluationStatus.Completed, EvaluationStatus.Completed, EvaluationStatus.Failed, EvaluationStatus.Completed, EvaluationStatus.Completed, EvaluationStatus.Queued];
        for (var i = 0; i < outcomes.Length; i++)
        {
            await DashboardData.AddEvaluationAsync(Db, resume, outcomes[i], DateTime.UtcNow.AddDays(-i).AddMinutes(-5));
        }

        return acme;
    }
}
