using JobSentinel.Tests.TestDoubles;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>An operator turns on maintenance mode, restores a backup from the Operations page and turns it off again.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MaintenanceJourneyTests(BrowserFixture browser) : BrowserJourney(browser)
{
    [Fact]
    public async Task MaintenanceMode_ThenRestore_FromTheOperationsPage()
    {
        var page = await Session.SignedInPageAsync();
        await page.GotoAsync("/operations");
        await BrowserSession.WaitForInteractivityAsync(page);
        await page.Locator("[data-testid=backup-create]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=backups-table] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=backup-restore]")).ToBeDisabledAsync();

        await page.Locator("input[data-testid=maintenance-reason]").FillAsync("restoring last night's backup");
        await page.Locator("[data-testid=maintenance-on]").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=maintenance-banner]")).ToContainTextAsync("Maintenance mode — restoring last night's backup");
        await Assertions.Expect(page.Locator("[data-testid=backup-restore]")).ToBeEnabledAsync();
        await page.Locator("[data-testid=backup-restore]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("restore-aside");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=backup-message]")).ToContainTextAsync("restored", new() { Timeout = 20_000 });
        Assert.Single(Directory.GetDirectories(Path.Combine(DataDirectory.Path, "restore-aside")));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("operations-maintenance-restore.png"), FullPage = true });

        await page.GotoAsync("/jobs");
        await BrowserSession.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=maintenance-banner]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=maintenance-banner-leave]").ClickAsync();
        await page.WaitForURLAsync("**/operations#maintenance");
        await BrowserSession.WaitForInteractivityAsync(page);
        await page.Locator("[data-testid=maintenance-off]").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Turn off" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=maintenance-banner]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=backup-restore]")).ToBeDisabledAsync();
    }
}
