using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>A fake board publishes a strong match: the open Jobs page shows it with a toast, and Slack gets it, without a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MatchingJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly ConcurrentQueue<BoardPayloads.Job> _published = new();
    private BrowserSession _session = null!;
    private FakeBoard _board = null!;
    private WebhookReceiver _slack = null!;

    public async ValueTask InitializeAsync()
    {
        _published.Enqueue(new("201", "Office Manager", "Austin, TX", "<p>Run the front desk.</p>"));
        _board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(_published));
        _slack = await WebhookReceiver.StartAsync();
        _session = BrowserSession.Start(browser, new JobSentinelFactory(_directory.Path, settings: ScrapeApi.FastScraping(new()
        {
            ["JobSentinel:Alerts:PublicUrl"] = "http://jobsentinel.test",
        })));
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        await _slack.DisposeAsync();
        await _board.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task StrongMatchOnTheBoard_AppearsOnTheOpenJobsPageWithAToast_AndReachesSlack()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var api = _session.ApiClient();
        var profile = await api.PutAsJsonAsync("/api/v1/profile", new
        {
            titleAllowlist = new[] { "platform", "backend" },
            keywordsBoost = new[] { "k8s", "go" },
            salaryTarget = 150_000,
        }, cancellation);
        Assert.True(profile.IsSuccessStatusCode, await profile.Content.ReadAsStringAsync(cancellation));
        await api.PostAsJsonAsync("/api/v1/alert-channels", new { name = "Slack", type = "slack", url = _slack.Url(), minScore = 0.5 }, cancellation);
        var sourceId = (await api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = _board.BaseUrl })).GetProperty("id").GetInt32();
        await api.RunAndWaitAsync(sourceId);

        var jobs = await _session.SignedInPageAsync();
        await jobs.GotoAsync("/jobs");
        await BrowserSession.WaitForInteractivityAsync(jobs);
        await Assertions.Expect(jobs.Locator("[data-testid=job-title]")).ToHaveTextAsync(["Office Manager"]);
        await jobs.EvaluateAsync("window.__sameDocument = true");

        _published.Enqueue(new("202", "Staff Platform Engineer", "Remote (US)", "<p>Kubernetes and Go. $180,000 - $220,000 a year.</p>"));
        await api.RunAndWaitAsync(sourceId);

        var row = jobs.Locator("tr.job-new", new() { HasText = "Staff Platform Engineer" });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("[data-testid=job-score-reasons]")).ToContainTextAsync("matched: ");
        var toast = jobs.Locator(".mud-snackbar", new() { HasText = "Strong match" });
        await Assertions.Expect(toast).ToContainTextAsync("Staff Platform Engineer at Acme Robotics");
        Assert.True(await jobs.EvaluateAsync<bool>("window.__sameDocument === true"), "The Jobs page was reloaded.");
        await jobs.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("jobs-match-toast.png") });

        // The weak posting is not alerted; the strong one reaches Slack once, linking back to JobSentinel.
        await Eventually.AssertAsync(() => Assert.Single(_slack.Deliveries));
        var slack = Assert.Single(_slack.Deliveries).Body;
        Assert.Contains("Staff Platform Engineer", slack, StringComparison.Ordinal);
        Assert.DoesNotContain("Office Manager", slack, StringComparison.Ordinal);
        Assert.Contains("http://jobsentinel.test/jobs/", slack, StringComparison.Ordinal);

        // The toast's link opens the job with its score explained.
        await toast.GetByRole(AriaRole.Button, new() { Name = "View" }).ClickAsync();
        await Assertions.Expect(jobs).ToHaveURLAsync(new Regex(@"/jobs/\d+$"));
        await Assertions.Expect(toast).ToHaveCountAsync(0);
        await Assertions.Expect(jobs.Locator("[data-testid=job-match]")).ToHaveTextAsync(new Regex(@"^Match (9\d|100)$"));
        await Assertions.Expect(jobs.GetByText("best for the profile \"Default\"")).ToBeVisibleAsync();
        await Assertions.Expect(jobs.Locator("[data-testid=job-reason]").First).ToBeVisibleAsync();
        await jobs.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("job-detail-match.png"), FullPage = true });

        // The dashboard lists it among the best matches; the Settings and Alerts pages render the profile and the channel.
        await jobs.GotoAsync("/");
        await Assertions.Expect(jobs.Locator("[data-testid=latest-match]").First).ToContainTextAsync("Staff Platform Engineer");
        await jobs.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("dashboard-matches.png"), FullPage = true });
        await jobs.GotoAsync("/settings");
        await Assertions.Expect(jobs.Locator("[data-testid=profiles-panel]")).ToContainTextAsync("k8s");
        await jobs.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("settings-profiles.png"), FullPage = true });
        await jobs.GotoAsync("/alerts");
        await Assertions.Expect(jobs.Locator("[data-testid=channels-table]")).ToContainTextAsync("Slack");
        await Assertions.Expect(jobs.Locator("[data-testid=channels-table]")).Not.ToContainTextAsync("/hook");
        await jobs.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("alerts.png"), FullPage = true });
    }
}
