using JobSentinel.Core.Resumes;
using JobSentinel.Tests.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace JobSentinel.Tests.E2E;

/// <summary>A user edits a generated CV with its live preview, downloads it as a PDF, then accepts a STAR suggestion.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DocumentsJourneyTests(BrowserFixture browser) : BrowserJourney(browser)
{
    [Fact]
    public async Task EditCv_DownloadPdf_AcceptAStarSuggestion()
    {
        var id = await GeneratedDocuments.SeedCvAsync(Session.Factory.Services);
        var page = await Session.SignedInPageAsync();
        await page.GotoAsync($"/documents/{id}");
        await BrowserSession.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=document-provider]")).ToContainTextAsync("Template");

        await page.Locator("input[data-testid=section-heading-2]").FillAsync("Core skills");

        await Assertions.Expect(page.Locator("[data-testid=document-preview] h2").Nth(2)).ToHaveTextAsync("Core skills");
        await Assertions.Expect(page.Locator("[data-testid=document-unsaved]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("document-editor.png"), FullPage = true });
        await page.Locator("[data-testid=document-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=document-unsaved]")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("PDF (US Letter)").DispatchEventAsync("click"), new() { Timeout = 90_000 }); // Chromium renders slowly under CI load

        Assert.Equal("cv-acme-backend-engineer.pdf", download.SuggestedFilename);
        var path = Path.Combine(DataDirectory.Path, "cv.pdf");
        await download.SaveAsAsync(path);
        using (var pdf = PdfDocument.Open(path))
        {
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains("CORESKILLS", text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), StringComparison.Ordinal);
            Assert.Equal(612, pdf.GetPage(1).Width, 1.0);
        }

        var resumeId = (await Session.Factory.Services.GetRequiredService<ResumeService>().ListAsync(CancellationToken.None))[0].Id;
        await page.GotoAsync($"/achievements?resumeId={resumeId}&suggest=true");
        await BrowserSession.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=star-suggestions-heading]")).ToContainTextAsync("Suggestions (3)");
        await Assertions.Expect(page.Locator("[data-testid=star-suggest-result]")).ToContainTextAsync("3 suggestion(s) added");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=star-suggestions-heading]")).ToContainTextAsync("Suggestions (2)");
        await Assertions.Expect(page.GetByText("Accepted (1)")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("achievements.png"), FullPage = true });
    }
}
