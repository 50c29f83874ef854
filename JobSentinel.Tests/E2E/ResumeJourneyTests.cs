using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>A user drops a PDF resume on the Resumes page, reads its ATS report, and evaluates it against a pasted job description.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResumeJourneyTests(BrowserFixture browser) : BrowserJourney(browser)
{
    [Fact]
    public async Task UploadPdf_ReadTheReport_EvaluateAgainstAPastedJob()
    {
        var pdf = Path.Combine(DataDirectory.Path, "jane-doe.pdf");
        await File.WriteAllBytesAsync(pdf, ResumeFiles.Pdf(), TestContext.Current.CancellationToken);
        var picture = Path.Combine(DataDirectory.Path, "photo.pdf");
        await File.WriteAllBytesAsync(picture, ResumeFiles.Png(), TestContext.Current.CancellationToken);
        var page = await Session.SignedInPageAsync();
        await page.GotoAsync("/resumes");
        await BrowserSession.WaitForInteractivityAsync(page);

        // A picture renamed to .pdf is refused with a message, and nothing is listed.
        var fileInput = page.Locator("[data-testid=resume-upload] input[type=file]").First;
        await Assertions.Expect(fileInput).ToBeEnabledAsync();
        await fileInput.SetInputFilesAsync(picture);
        await Assertions.Expect(page.Locator("[data-testid=upload-error]")).ToContainTextAsync("PNG", new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByText("No resumes yet")).ToBeVisibleAsync();
        await Assertions.Expect(fileInput).ToBeEnabledAsync(); // ready for the next file

        await fileInput.SetInputFilesAsync(pdf);

        await page.WaitForURLAsync("**/resumes/*");
        await Assertions.Expect(page.Locator("[data-testid=resume-name]")).ToHaveTextAsync("Jane Doe");
        await Assertions.Expect(page.Locator("[data-testid=ats-score]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{1,3}$"));
        await Assertions.Expect(page.Locator("[data-testid=resume-skills]")).ToContainTextAsync("PostgreSQL");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("resume-report.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Evaluate against a job" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Job description" }).ClickAsync();
        await page.Locator("textarea[data-testid=evaluation-description]").FillAsync(ResumeFiles.JobDescription);
        await page.Locator("[data-testid=evaluation-start]").ClickAsync();

        await page.WaitForURLAsync("**/evaluations/*");
        await Assertions.Expect(page.Locator("[data-testid=evaluation-status]")).ToHaveTextAsync("Completed");
        await Assertions.Expect(page.Locator("[data-testid=matched-skills]")).ToContainTextAsync("Python");
        await Assertions.Expect(page.Locator("[data-testid=missing-skills]")).ToContainTextAsync("Go");
        await Assertions.Expect(page.Locator("[data-testid=job-text] mark.skill-missing").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("evaluation.png"), FullPage = true });

        await page.GotoAsync("/evaluations");
        await BrowserSession.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=evaluations-table]")).ToContainTextAsync("Jane Doe");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("evaluations.png"), FullPage = true });
    }
}
