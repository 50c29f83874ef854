using System.Text;
using JobSentinel.Tests.Integration.Contacts;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>A user imports contacts from a CSV, finds one by meaning, drafts a message about a job, approves it and marks it sent.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactsJourneyTests(BrowserFixture browser) : BrowserJourney(browser)
{
    [Fact]
    public async Task ImportSearchDraftApproveAndMarkSent()
    {
        var csv = Path.Combine(DataDirectory.Path, "contacts.csv");
        await File.WriteAllTextAsync(csv, "\uFEFFFull Name,Email,Company,Title,Notes\r\n" +
            "Ana Lima,ana@acme.com,Acme,Engineering Manager,Runs the Kubernetes platform\r\n" +
            "Ben Ode,ben@globex.com,Globex,React developer,\r\n" +
            "Nameless,bad@,Initech,,\r\n", new UTF8Encoding(false), TestContext.Current.CancellationToken);
        using (var api = Session.ApiClient())
        {
            await ContactsApiTests.AddJobAsync(api, "<p>Kubernetes and Go at scale.</p>");
        }

        var page = await Session.SignedInPageAsync();
        await page.GotoAsync("/contacts");
        await BrowserSession.WaitForInteractivityAsync(page);

        await BrowserSession.WaitForFileInputAsync(page, "[data-testid=contacts-import] input[type=file]");
        await page.Locator("[data-testid=contacts-import] input[type=file]").First.SetInputFilesAsync(csv);
        await Assertions.Expect(page.Locator("[data-testid=import-summary]")).ToContainTextAsync("Imported 2", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=import-summary]")).ToContainTextAsync("Line 4");
        await page.Locator("input[data-testid=contacts-search]").FillAsync("k8s");
        await Assertions.Expect(page.Locator("[data-testid=contact-name]")).ToHaveTextAsync(["Ana Lima"]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("contacts-search.png"), FullPage = true });

        await page.Locator("[data-testid=contact-name]").ClickAsync();
        await page.WaitForURLAsync("**/contacts/*");
        await BrowserSession.WaitForInteractivityAsync(page);
        await page.Locator("[data-testid=message-draft]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=message-status]")).ToHaveTextAsync("draft");
        await Assertions.Expect(page.Locator("[data-testid=message-body]")).ToContainTextAsync("Hi Ana,");
        await Assertions.Expect(page.Locator("[data-testid=message-body]")).ToContainTextAsync("Senior Platform Engineer"); // the newest job at Acme
        await Assertions.Expect(page.Locator("button[data-testid=message-sent]")).ToBeDisabledAsync();
        await page.Locator("[data-testid=message-approve]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=message-status]")).ToHaveTextAsync("approved");
        await page.Locator("button[data-testid=message-sent]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=message-status]")).ToHaveTextAsync("sent");
        await Assertions.Expect(page.Locator("[data-testid=message-sent]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("contact-messages.png"), FullPage = true });
    }
}
