using JobSentinel.Tests.TestDoubles;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>A user adds a source in the UI, runs it against a fake board, and watches the jobs arrive on the open Jobs page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DiscoveryJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private BrowserSession _session = null!;
    private FakeBoard _board = null!;

    public async ValueTask InitializeAsync()
    {
        _board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(
        [
            new("101", "Staff Platform Engineer", "Remote (US)", "<p>Kubernetes and Go. $180,000 - $220,000 a year.</p><script>document.title='pwned'</script>"),
            new("102", "Senior Data Engineer", "Berlin, Germany", "<p>Spark and Airflow.</p>"),
            new("103", "Engineering Manager", "Hybrid - London", "<p>Lead a team of eight.</p>"),
        ]));
        _session = BrowserSession.Start(browser, new JobSentinelFactory(_directory.Path, settings: ScrapeApi.FastScraping()));
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        await _board.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task AddSourceInTheUi_RunIt_JobsAppearLiveOnTheOpenJobsPage()
    {
        var sources = await _session.SignedInPageAsync();
        await sources.GotoAsync("/sources");
        await BrowserSession.WaitForInteractivityAsync(sources);
        await Assertions.Expect(sources.Locator("[data-testid=onboarding]")).ToBeVisibleAsync();

        // Add a Greenhouse source pointed at the fake board, and test it before saving.
        await sources.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await sources.Locator("input[data-testid=source-name]").FillAsync("Acme");
        await sources.Locator("input[data-testid=source-board]").FillAsync("acme");
        await sources.GetByText("Advanced: base URL").ClickAsync();
        await sources.Locator("input[data-testid=source-base-url]").FillAsync(_board.BaseUrl);
        await sources.GetByRole(AriaRole.Button, new() { Name = "Test" }).ClickAsync();
        await Assertions.Expect(sources.Locator("[data-testid=source-test-result]")).ToContainTextAsync("3 posting(s)");
        await sources.Locator("[data-testid=source-save]").ClickAsync();
        await Assertions.Expect(sources.Locator("[data-testid=sources-table]")).ToContainTextAsync("Acme");

        // The Jobs page is open, empty, in another tab.
        var jobs = await sources.Context.NewPageAsync();
        await jobs.GotoAsync("/jobs");
        await BrowserSession.WaitForInteractivityAsync(jobs);
        await Assertions.Expect(jobs.Locator("[data-testid=jobs-empty]")).ToBeVisibleAsync();
        await jobs.EvaluateAsync("window.__sameDocument = true");

        await sources.GetByRole(AriaRole.Button, new() { Name = "Run now" }).ClickAsync();

        await Assertions.Expect(sources.GetByText("Acme: 3 found, 3 new.")).ToBeVisibleAsync();
        await Assertions.Expect(sources.Locator("[data-testid=sources-table]")).ToContainTextAsync("3 found · 3 new");
        await Assertions.Expect(jobs.Locator("[data-testid=job-title]")).ToHaveCountAsync(3);
        await Assertions.Expect(jobs.Locator("tr.job-new")).ToHaveCountAsync(3);
        Assert.True(await jobs.EvaluateAsync<bool>("window.__sameDocument === true"), "The Jobs page was reloaded.");
        await jobs.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("jobs-live.png"), FullPage = true });

        // The detail shows the sanitized description; the board's script never runs.
        await jobs.GetByText("Staff Platform Engineer").ClickAsync();
        await Assertions.Expect(jobs.Locator("[data-testid=job-detail-title]")).ToHaveTextAsync("Staff Platform Engineer");
        await Assertions.Expect(jobs.Locator("[data-testid=job-description]")).ToContainTextAsync("Kubernetes and Go.");
        await Assertions.Expect(jobs.Locator("[data-testid=job-salary]")).ToContainTextAsync("180,000–220,000");
        Assert.Equal(0, await jobs.Locator("[data-testid=job-description] script").CountAsync());
        Assert.NotEqual("pwned", await jobs.TitleAsync());
        await jobs.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("job-detail.png"), FullPage = true });

        await sources.Locator("[data-testid=sources-table] tbody tr td").First.ClickAsync();
        await Assertions.Expect(sources.Locator("[data-testid=source-runs]")).ToContainTextAsync("manual");
        await sources.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("sources.png"), FullPage = true });
    }
}
