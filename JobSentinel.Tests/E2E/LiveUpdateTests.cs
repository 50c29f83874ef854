using JobSentinel.Core.Live;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>Events reach an open page through the Blazor circuit, without a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveUpdateTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private BrowserSession _session = null!;
    private JobSentinelFactory _factory = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path);
        _session = BrowserSession.Start(browser, _factory);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task HealthChange_ReachesTheOpenDashboardWithoutReload()
    {
        var page = await SignedInPageAsync();
        await Assertions.Expect(page.Locator("[data-testid=health-hangfire]")).ToHaveAttributeAsync("data-status", "healthy");
        await WaitForInteractivityAsync(page);
        await page.EvaluateAsync("window.__sameDocument = true");

        _factory.Services.GetRequiredService<LiveEventNotifier>().Publish(new HealthChanged("degraded",
        [
            new ComponentHealth("database", "healthy", "The database answers queries.", 1),
            new ComponentHealth("hangfire", "degraded", "No Hangfire server is running: background work is not processed.", 1),
            new ComponentHealth("disk", "healthy", "12% of the disk is used.", 1),
        ]));

        await Assertions.Expect(page.Locator("[data-testid=health-hangfire]")).ToHaveAttributeAsync("data-status", "degraded");
        await Assertions.Expect(page.Locator("[data-testid=health-overall]")).ToHaveTextAsync("degraded");
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"), "The page was reloaded.");
    }

    [Fact]
    public async Task ThemeToggle_SwitchesToDarkAndSurvivesAReload()
    {
        var page = await SignedInPageAsync();
        await WaitForInteractivityAsync(page);

        const string background = "() => getComputedStyle(document.body).backgroundColor";
        Assert.Equal("rgb(245, 247, 251)", await page.EvaluateAsync<string>(background));

        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle dark theme" }).ClickAsync();
        await page.WaitForFunctionAsync("() => getComputedStyle(document.body).backgroundColor === 'rgb(15, 20, 34)'");
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("[data-testid=health-panel]")).ToBeVisibleAsync();
        Assert.Equal("rgb(15, 20, 34)", await page.EvaluateAsync<string>(background));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("dashboard-dark.png") });
    }

    [Fact]
    public async Task HangfireDashboard_RendersForTheAdminWithoutCspViolations()
    {
        var page = await SignedInPageAsync();
        await WaitForInteractivityAsync(page);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync("/hangfire");

        await Assertions.Expect(page.GetByText("JobSentinel background work").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#realtimeGraph")).ToBeVisibleAsync();
        Assert.Empty(violations);
    }

    private Task<IPage> SignedInPageAsync() => _session.SignedInPageAsync();

    private static Task WaitForInteractivityAsync(IPage page) => BrowserSession.WaitForInteractivityAsync(page);
}
