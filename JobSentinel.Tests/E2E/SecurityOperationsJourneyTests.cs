using System.Net;
using System.Text.RegularExpressions;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>An operator revokes everything from the Operations page: keys stop working and the browser is signed out.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SecurityOperationsJourneyTests(BrowserFixture browser) : BrowserJourney(browser)
{
    [Fact]
    public async Task RevokeEverything_AfterConfirming_SignsTheOperatorOutAndRejectsTheKeys()
    {
        var page = await Session.SignedInPageAsync();
        await page.GotoAsync("/operations");
        await BrowserSession.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=security-panel]")).ToContainTextAsync("Rejected API keys");

        await page.Locator("[data-testid=revoke-all]").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("you will be signed out");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("operations-revoke-all.png"), FullPage = true });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Revoke everything" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(LoginPage());
        await page.GotoAsync("/operations");
        await Assertions.Expect(page).ToHaveURLAsync(LoginPage());
        using var api = Session.ApiClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/jobs", TestContext.Current.CancellationToken)).StatusCode);
    }

    [GeneratedRegex("/login")]
    private static partial Regex LoginPage();
}
