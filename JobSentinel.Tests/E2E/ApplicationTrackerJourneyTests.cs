using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>A user tracks a job from its detail page, drags the card from Saved to Applied, and finds it there after a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApplicationTrackerJourneyTests(BrowserFixture browser) : BrowserJourney(browser)
{
    [Fact]
    public async Task TrackAJob_DragItToApplied_ItStaysAfterReload()
    {
        using var api = Session.ApiClient();
        using var posted = await api.PostAsJsonAsync("/api/v1/jobs", new
        {
            title = "Senior C# Engineer", company = "Acme", url = "https://acme.example/jobs/1", description = "REST APIs in C# and ASP.NET Core.",
        }, TestContext.Current.CancellationToken);
        posted.EnsureSuccessStatusCode();
        var jobId = (await posted.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();

        var page = await Session.SignedInPageAsync();
        await page.GotoAsync($"/jobs/{jobId}");
        await BrowserSession.WaitForInteractivityAsync(page);
        await page.Locator("[data-testid=job-track]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=job-tracked]")).ToContainTextAsync("Tracked · Saved");

        await page.Locator("[data-testid=job-tracked]").ClickAsync();
        await page.WaitForURLAsync("**/applications");
        await BrowserSession.WaitForInteractivityAsync(page);
        var saved = page.Locator("[data-testid=column-saved]");
        var applied = page.Locator("[data-testid=column-applied]");
        await Assertions.Expect(saved.Locator("[data-testid=application-card]")).ToContainTextAsync("Senior C# Engineer");

        await saved.Locator("[data-testid=application-card]").DragToAsync(applied.Locator(".mud-drop-zone"));

        await Assertions.Expect(applied.Locator("[data-testid=application-card]")).ToContainTextAsync("Senior C# Engineer");
        await Assertions.Expect(saved.Locator("[data-testid=application-card]")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await BrowserSession.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=column-applied] [data-testid=application-card]")).ToContainTextAsync("Senior C# Engineer");
        await Assertions.Expect(page.Locator("[data-testid=column-saved] [data-testid=application-card]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("applications-board.png"), FullPage = true });

        var stored = await api.GetFromJsonAsync<JsonElement>("/api/v1/applications", TestContext.Current.CancellationToken);
        var application = Assert.Single(stored.GetProperty("items").EnumerateArray());
        Assert.Equal("applied", application.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, application.GetProperty("appliedAt").ValueKind);
    }
}
