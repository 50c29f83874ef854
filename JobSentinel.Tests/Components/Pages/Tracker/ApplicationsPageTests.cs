using Bunit;
using JobSentinel.Core.Applications;
using JobSentinel.Web.Components.Pages;
using JobSentinel.Web.Components.Pages.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages.Tracker;

/// <summary>The board, reminders and the Track button over the real tracker on a SQLite file.</summary>
public sealed class ApplicationsPageTests : DiscoveryComponentTest
{
    private ApplicationService Tracker => Core.GetRequiredService<ApplicationService>();

    private async Task<ApplicationView> AddAsync(string title, ApplicationStatus status = ApplicationStatus.Saved, string company = "Acme")
    {
        var result = await Tracker.CreateAsync(new ApplicationChanges { Title = title, Company = company, Status = status }, CancellationToken.None);
        return result.Application!;
    }

    private static string[] CardsIn(IRenderedComponent<Applications> page, string column) =>
        [.. page.FindAll($"[data-testid=column-{column}] [data-testid=application-card-title]").Select(c => c.TextContent.Trim())];

    [Fact]
    public async Task Render_ShowsTheSixColumnsWithTheirCards()
    {
        await AddAsync("Backend Engineer");
        await AddAsync("Data Lead", ApplicationStatus.Offer, "Globex");
        var offer = await AddAsync("Staff Engineer", ApplicationStatus.Interviewing);
        await Tracker.UpdateAsync(offer.Id, new ApplicationChanges { SalaryOffered = 120000, SalaryCurrency = "EUR" }, CancellationToken.None);

        var page = Render<Applications>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=application-card]").Count));
        foreach (var column in new[] { "saved", "applied", "interviewing", "offer", "rejected", "withdrawn" })
        {
            Assert.Single(page.FindAll($"[data-testid=column-{column}]"));
        }

        Assert.Equal(["Backend Engineer"], CardsIn(page, "saved"));
        Assert.Equal(["Staff Engineer"], CardsIn(page, "interviewing"));
        Assert.Equal(["Data Lead"], CardsIn(page, "offer"));
        Assert.Empty(CardsIn(page, "applied"));
        Assert.Contains("120,000 EUR", page.Find("[data-testid=column-interviewing] [data-testid=application-card-salary]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DropACardOnAnotherColumn_SavesItsStatusAndPosition()
    {
        var card = await AddAsync("Backend Engineer");
        await AddAsync("Already applied", ApplicationStatus.Applied);
        var page = Render<Applications>();
        page.WaitForAssertion(() => Assert.Equal(["Backend Engineer"], CardsIn(page, "saved")));

        page.Find("[data-testid=column-saved] .mud-drop-item-draggable").DragStart();
        page.Find("[data-testid=column-applied] .mud-drop-zone").Drop();

        await page.WaitForAssertionAsync(async () =>
        {
            var stored = (await Tracker.GetAsync(card.Id, CancellationToken.None))!;
            Assert.Equal(ApplicationStatus.Applied, stored.Status);
            Assert.NotNull(stored.AppliedAt);
            Assert.Equal([ApplicationStatus.Saved, ApplicationStatus.Applied], stored.History.Select(h => h.Status));
        });
        page.WaitForAssertion(() =>
        {
            Assert.Empty(CardsIn(page, "saved"));
            Assert.Contains("Backend Engineer", CardsIn(page, "applied"));
        });
        var column = await Tracker.ListAsync(new ApplicationQuery([ApplicationStatus.Applied]), CancellationToken.None);
        Assert.Equal([0d, 1d], column.Items.Select(a => a.Position).Order());
    }

    [Fact]
    public async Task DropACardThatWasDeletedMeanwhile_SaysSoAndReloads()
    {
        var card = await AddAsync("Backend Engineer");
        var page = Render<Applications>();
        page.WaitForAssertion(() => Assert.Equal(["Backend Engineer"], CardsIn(page, "saved")));
        await Tracker.DeleteAsync(card.Id, CancellationToken.None);

        page.Find("[data-testid=column-saved] .mud-drop-item-draggable").DragStart();
        page.Find("[data-testid=column-offer] .mud-drop-zone").Drop();

        page.WaitForAssertion(() =>
        {
            Assert.Contains("no longer exists", page.Find("[data-testid=applications-error]").TextContent, StringComparison.Ordinal);
            Assert.Empty(page.FindAll("[data-testid=application-card]"));
        });
    }

    [Fact]
    public async Task Reminders_ListDueNextActions_OverdueInRed()
    {
        var late = await AddAsync("Backend Engineer", ApplicationStatus.Applied);
        await Tracker.UpdateAsync(late.Id, new ApplicationChanges { NextAction = "Chase recruiter", NextActionAt = DateTime.UtcNow.AddDays(-2) }, CancellationToken.None);
        var closed = await AddAsync("Closed one", ApplicationStatus.Rejected);
        await Tracker.UpdateAsync(closed.Id, new ApplicationChanges { NextAction = "Nothing", NextActionAt = DateTime.UtcNow.AddDays(-2) }, CancellationToken.None);

        var page = Render<Applications>();

        page.WaitForAssertion(() =>
        {
            var reminder = Assert.Single(page.FindAll("[data-testid=reminder]"));
            Assert.Contains("Chase recruiter", reminder.TextContent, StringComparison.Ordinal);
            Assert.Contains("overdue", reminder.TextContent, StringComparison.Ordinal);
            Assert.Contains("mud-chip-color-error", reminder.ClassName, StringComparison.Ordinal);
        });
        Assert.Contains("mud-chip-color-error", page.Find("[data-testid=column-applied] [data-testid=application-card-due]").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TableView_ListsEveryApplication()
    {
        await AddAsync("Backend Engineer");
        await AddAsync("Data Lead", ApplicationStatus.Offer);
        var page = Render<Applications>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=application-card]").Count));

        page.Find("[data-testid=view-table]").Click();

        page.WaitForAssertion(() => Assert.Equal(["Backend Engineer", "Data Lead"], page.FindAll("[data-testid=application-row-title]").Select(t => t.TextContent)));
    }

    [Fact]
    public async Task TrackOnTheJobDetail_TracksItOnceAndSaysSo()
    {
        RenderProviders();
        var job = await AddJobAsync("Platform Engineer", "Initech");
        var page = Render<JobDetail>(p => p.Add(c => c.Id, job.Id));
        page.WaitForAssertion(() => page.Find("[data-testid=job-track]"));

        page.Find("[data-testid=job-track]").Click();

        page.WaitForAssertion(() => Assert.Contains("Tracked · Saved", page.Find("[data-testid=job-tracked]").TextContent, StringComparison.Ordinal));
        var tracked = (await Tracker.GetByJobAsync(job.Id, CancellationToken.None))!;
        Assert.Equal(("Platform Engineer", "Initech"), (tracked.Title, tracked.Company));
        Assert.Equal("/applications", page.Find("[data-testid=job-tracked]").GetAttribute("href"));
    }
}
