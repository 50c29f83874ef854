using System.Text.RegularExpressions;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>A new user's first minutes: the printed password, the forced change, the dashboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FirstLoginJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task FirstLogin_WithThePrintedPassword_ChangesItAndReachesTheDashboard()
    {
        using var directory = new TempDirectory();
        await using var app = AppProcess.Start(directory.Path);
        await app.WaitUntilHealthyAsync();
        var printedPassword = PrintedPassword().Match(app.Output).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(printedPassword), "The first run printed no password:\n" + app.Output);

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1366, Height = 860 } });
        var page = await context.NewPageAsync();
        var cspViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspViolations.Add(message.Text);
            }
        };

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login\\?returnUrl=%2F$"));

        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(printedPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/change-password"));
        await Assertions.Expect(page.GetByText("You signed in with the generated first-run password")).ToBeVisibleAsync();

        // Until the password is changed, every page leads back here.
        await page.GotoAsync("/settings");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/change-password"));

        await page.GetByLabel("Current password").FillAsync(printedPassword);
        await page.GetByLabel("New password (at least 12 characters)").FillAsync("my own memorable passphrase");
        await page.GetByLabel("Confirm the new password").FillAsync("my own memorable passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        foreach (var component in new[] { "database", "hangfire", "disk" })
        {
            await Assertions.Expect(page.Locator($"[data-testid=health-{component}]")).ToHaveAttributeAsync("data-status", "healthy");
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("dashboard.png"), FullPage = true });
        Assert.Empty(cspViolations);

        // The old password no longer works, the new one does.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(printedPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not correct");
    }

    [GeneratedRegex(@"password:\s+(\S+)")]
    private static partial Regex PrintedPassword();
}
