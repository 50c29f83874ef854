using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Tests.Builders;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace JobSentinel.Tests.E2E;

/// <summary>
/// The whole journey in real Chromium: track a job, prepare the application, edit the tailored CV, download its
/// PDF, and approve the outreach message the run drafted for a contact at the company.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApplicationJourneyTests(BrowserFixture browser) : BrowserJourney(browser)
{
    [Fact]
    public async Task Track_Prepare_EditCv_DownloadPdf_ApproveMessage()
    {
        var token = TestContext.Current.CancellationToken;
        using var api = Session.ApiClient();
        using (var resume = await api.PostAsync("/api/v1/resumes", ResumeFiles.Form(ResumeFiles.TextFile(ResumeTexts.Clean), "jane.txt"), token))
        {
            resume.EnsureSuccessStatusCode();
        }

        using var posted = await api.PostAsJsonAsync("/api/v1/jobs", new
        {
            title = "Senior Backend Engineer", company = "Acme", url = "https://acme.example/jobs/7",
            description = "We build payment APIs in Python and PostgreSQL on AWS. You will own services end to end, mentor engineers and improve reliability.",
        }, token);
        posted.EnsureSuccessStatusCode();
        var jobId = (await posted.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("id").GetInt64();
        using var contact = await api.PostAsJsonAsync("/api/v1/contacts", new { name = "Dana Lee", company = "Acme", role = "Engineering Manager" }, token);
        var contactId = (await contact.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("id").GetInt64();

        // Track the job, then prepare the application from its page.
        var page = await Session.SignedInPageAsync();
        await page.GotoAsync($"/jobs/{jobId}");
        await BrowserSession.WaitForInteractivityAsync(page);
        await page.Locator("[data-testid=job-track]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=job-tracked]")).ToContainTextAsync("Tracked · Saved");
        // Blazor navigates in the page (history API): wait for the URL, not for a load event, and give a loaded CI time.
        await ClickUntilNavigatedAsync(page, "[data-testid=prepare-application]", "**/pipeline-runs/*");
        await BrowserSession.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=run-status]")).ToHaveTextAsync("completed", new() { Timeout = 90_000, IgnoreCase = true });
        await Assertions.Expect(page.Locator("[data-testid=step-status-pdf]")).ToContainTextAsync("completed", new() { IgnoreCase = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("pipeline-run.png"), FullPage = true });

        // Edit the tailored CV and download it as a PDF.
        await page.Locator("[data-testid=run-documents] a").First.ClickAsync();
        await page.WaitForURLAsync("**/documents/*", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await BrowserSession.WaitForInteractivityAsync(page);
        await page.Locator("input[data-testid=section-heading-0]").FillAsync("Profile for Acme");
        await Assertions.Expect(page.Locator("[data-testid=document-preview] h2").First).ToHaveTextAsync("Profile for Acme");
        await page.Locator("[data-testid=document-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=document-unsaved]")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();
        // The menu item navigates to the PDF, which arrives as a download. A click that waits for that navigation to finish
        // can wait forever (ci-local, twice: "waiting for scheduled navigations to finish"), so the click is dispatched
        // to the element (Blazor handles it the same) and only the download is awaited.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("PDF (A4)").DispatchEventAsync("click"), new() { Timeout = 90_000 });
        var path = Path.Combine(DataDirectory.Path, "cv.pdf");
        await download.SaveAsAsync(path);
        using (var pdf = PdfDocument.Open(path))
        {
            var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            Assert.Contains("PROFILEFORACME", text, StringComparison.Ordinal);
            Assert.Contains("ACME", text, StringComparison.Ordinal);
        }

        // The run drafted a message to the contact at Acme: approve it.
        await page.GotoAsync($"/contacts/{contactId}");
        await BrowserSession.WaitForInteractivityAsync(page);
        var card = page.Locator("[data-testid=message-card]");
        await Assertions.Expect(card.Locator("[data-testid=message-status]")).ToContainTextAsync("draft", new() { IgnoreCase = true, Timeout = 60_000 });
        await card.Locator("[data-testid=message-approve]").ClickAsync();
        await Assertions.Expect(card.Locator("[data-testid=message-status]")).ToContainTextAsync("approved", new() { IgnoreCase = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("contact-message-approved.png"), FullPage = true });

        var messages = await api.GetFromJsonAsync<JsonElement>($"/api/v1/contacts/{contactId}/messages", token);
        Assert.Equal("approved", Assert.Single(messages.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());
        var applications = await api.GetFromJsonAsync<JsonElement>("/api/v1/applications", token);
        Assert.Equal(jobId, Assert.Single(applications.GetProperty("items").EnumerateArray()).GetProperty("jobId").GetInt64());
    }

    // On a loaded CI machine the click on "Prepare application" once led nowhere in 90 s: a click that lands while
    // Blazor re-renders the page can be dropped. Click again while nothing navigated; a second run, should the first
    // click have counted after all, is harmless here.
    private static async Task ClickUntilNavigatedAsync(IPage page, string button, string url)
    {
        for (var attempt = 1; ; attempt++)
        {
            await Assertions.Expect(page.Locator(button)).ToBeEnabledAsync(new() { Timeout = 30_000 });
            await page.Locator(button).ClickAsync();
            try
            {
                await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit, Timeout = attempt < 3 ? 20_000 : 90_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                if (await page.Locator(button).CountAsync() == 0)
                {
                    await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 }); // on its way after all
                    return;
                }
            }
        }
    }
}
