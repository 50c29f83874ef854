using System.Net;
using System.Text.RegularExpressions;
using JobSentinel.Core.Live;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Live;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>Events reach an open page through the Blazor circuit, without a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveUpdateTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly List<IBrowserContext> _contexts = [];
    private JobSentinelFactory _factory = null!;
    private string _baseAddress = "";

    public ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        _baseAddress = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        await _factory.DisposeAsync();
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

    private async Task<IPage> SignedInPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _baseAddress, ViewportSize = new() { Width = 1366, Height = 860 } });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(JobSentinelFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));
        return page;
    }

    // The page is prerendered first; events only arrive once the interactive circuit is connected.
    private static Task WaitForInteractivityAsync(IPage page) =>
        Assertions.Expect(page.Locator(".mud-layout[data-interactive=true]")).ToBeVisibleAsync();
}
