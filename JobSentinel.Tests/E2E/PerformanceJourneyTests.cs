using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>An operator opens the Performance dashboard over a day of stored samples and switches the range.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PerformanceJourneyTests(BrowserFixture browser) : BrowserJourney(browser)
{
    [Fact]
    public async Task Performance_SeededDay_DrawsTheChartsAndSwitchesRange()
    {
        var page = await Session.SignedInPageAsync();
        await SeedDayAsync();

        await page.GotoAsync("/dashboards/performance");
        await BrowserSession.WaitForInteractivityAsync(page);

        foreach (var chart in new[] { "chart-latency", "chart-scrapers", "chart-queues", "chart-memory", "chart-cpu" })
        {
            await Assertions.Expect(page.Locator($"[data-testid={chart}] svg.mud-chart-line")).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator("[data-testid=chart-latency]")).ToContainTextAsync("p95 (ms)");
        await Assertions.Expect(page.Locator("[data-testid=chart-scrapers]")).ToContainTextAsync("greenhouse-acme (s)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("performance-24h.png"), FullPage = true });

        await page.Locator("[data-testid=time-range]").GetByText("1 h").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=performance-range]")).ToContainTextAsync("one point per 1 min");
    }

    private async Task SeedDayAsync()
    {
        var now = DateTime.UtcNow;
        await using var context = await Session.Factory.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();
        // A day of minutes ending two minutes ago (the recorder writes the current ones), with a busy afternoon.
        OpsData.AddMinutes(context, OpsRecorder.MinuteOf(now.AddDays(-1)), 24 * 60 - 2, configure: s =>
        {
            var wave = Math.Sin(s.Minute.TimeOfDay.TotalHours / 24 * 2 * Math.PI);
            s.Requests = 40 + (int)(30 * wave);
            s.P50Ms = 12 + (6 * wave);
            s.P95Ms = 60 + (40 * wave);
            s.P99Ms = 140 + (90 * wave);
            s.EvaluationsQueued = Math.Max(0, (int)(25 * wave));
            s.AlertsPending = s.Minute.Minute % 30 == 0 ? 8 : 1;
            s.HangfireEnqueued = s.Minute.Hour % 6 == 0 ? 4 : 0;
            s.WorkingSetMb = 210 + (35 * wave);
            s.CpuPercent = 4 + (3 * wave);
        });
        var acme = OpsData.AddSource(context, "greenhouse-acme");
        var globex = OpsData.AddSource(context, "lever-globex");
        for (var hour = 1; hour < 24; hour++)
        {
            OpsData.AddRun(context, acme, now.AddHours(-hour), durationMs: 1_200 + (hour * 90));
            OpsData.AddRun(context, globex, now.AddHours(-hour).AddMinutes(20), durationMs: 3_500 - (hour * 60));
        }

        await context.SaveChangesAsync();
    }
}
