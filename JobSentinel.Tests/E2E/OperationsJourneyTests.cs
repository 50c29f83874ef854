using JobSentinel.Tests.TestDoubles;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>An operator takes a backup from the Operations page and verifies it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OperationsJourneyTests(BrowserFixture browser) : BrowserJourney(browser)
{
    [Fact]
    public async Task BackUpNow_ThenVerify_FromTheOperationsPage()
    {
        var page = await Session.SignedInPageAsync();
        await page.GotoAsync("/operations");
        await BrowserSession.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=backups-panel]")).ToContainTextAsync("No backups yet");

        await page.Locator("[data-testid=backup-create]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=backups-table] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=backup-message]")).ToContainTextAsync("taken");
        await page.Locator("[data-testid=backups-table]").GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=backups-table]")).ToContainTextAsync("verified");
        Assert.Single(Directory.GetFiles(Path.Combine(DataDirectory.Path, "backups"), "*.zip"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("operations-backups.png"), FullPage = true });
    }
}
