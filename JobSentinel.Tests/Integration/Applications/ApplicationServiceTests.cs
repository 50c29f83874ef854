using JobSentinel.Core.Applications;
using JobSentinel.Core.Postings;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Integration.Applications;

/// <summary>The tracker's rules over a real SQLite file, on a controlled clock.</summary>
public sealed class ApplicationServiceTests : IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(Start);
    private ServiceProvider _services = null!;
    private ApplicationService _tracker = null!;

    public async ValueTask InitializeAsync()
    {
        _services = await CoreServices.BuildInitializedAsync(_directory.Path, configure: s => s.AddSingleton<TimeProvider>(_time));
        _tracker = _services.GetRequiredService<ApplicationService>();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _directory.Dispose();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JobView> AddJobAsync(string title) =>
        await _services.GetRequiredService<JobTriage>().AddManualAsync(new ManualJobDraft
        {
            Url = $"https://jobs.example.com/{Uri.EscapeDataString(title)}", Title = title, Company = "Acme", Description = "<p>Build things.</p>",
        }, Ct);

    private async Task<ApplicationView> AddAsync(string title, ApplicationStatus status = ApplicationStatus.Saved)
    {
        var result = await _tracker.CreateAsync(new ApplicationChanges { Title = title, Company = "Co", Status = status }, Ct);
        return result.Application ?? throw new InvalidOperationException(string.Join(" ", result.Errors.SelectMany(e => e.Value)));
    }

    [Fact]
    public async Task Create_FromAJob_CopiesTitleCompanyAndUrl()
    {
        var job = await AddJobAsync("Platform Engineer");

        var result = await _tracker.CreateAsync(new ApplicationChanges { JobId = job.Id }, Ct);

        Assert.True(result.Created);
        var application = result.Application!;
        Assert.Equal((job.Id, "Platform Engineer", "Acme", job.Url), (application.JobId, application.Title, application.Company, application.Url));
        Assert.Equal(ApplicationStatus.Saved, application.Status);
        Assert.Equal([new ApplicationHistoryEntry(ApplicationStatus.Saved, Start)], application.History);
    }

    [Fact]
    public async Task Create_TheSameJobTwice_ReturnsTheExistingApplication()
    {
        var job = await AddJobAsync("Platform Engineer");
        var first = await _tracker.CreateAsync(new ApplicationChanges { JobId = job.Id }, Ct);

        var second = await _tracker.CreateAsync(new ApplicationChanges { JobId = job.Id }, Ct);

        Assert.False(second.Created);
        Assert.Equal(first.Application!.Id, second.Application!.Id);
        Assert.Equal(1, (await _tracker.ListAsync(new ApplicationQuery(), Ct)).Total);
    }

    [Fact]
    public async Task Create_ByHandWithoutCompany_NamesTheField()
    {
        var result = await _tracker.CreateAsync(new ApplicationChanges { Title = "Engineer" }, Ct);

        Assert.Null(result.Application);
        Assert.Contains("company", result.Errors.Keys);
    }

    [Fact]
    public async Task Update_StatusChange_AppendsHistoryAndStampsAppliedAtOnce()
    {
        var application = await AddAsync("Engineer");

        _time.Advance(TimeSpan.FromHours(1));
        var applied = (await _tracker.UpdateAsync(application.Id, new ApplicationChanges { Status = ApplicationStatus.Applied }, Ct)).Application!;
        _time.Advance(TimeSpan.FromDays(3));
        var interviewing = (await _tracker.UpdateAsync(application.Id, new ApplicationChanges { Status = ApplicationStatus.Interviewing, Notes = "Panel on Friday" }, Ct)).Application!;
        _time.Advance(TimeSpan.FromDays(1));
        var again = (await _tracker.UpdateAsync(application.Id, new ApplicationChanges { Status = ApplicationStatus.Applied }, Ct)).Application!;

        Assert.Equal(Start.AddHours(1), applied.AppliedAt);
        Assert.Equal(Start.AddHours(1), again.AppliedAt); // moving back keeps the first date
        Assert.Equal("Panel on Friday", interviewing.Notes);
        Assert.Equal(
            [ApplicationStatus.Saved, ApplicationStatus.Applied, ApplicationStatus.Interviewing, ApplicationStatus.Applied],
            again.History.Select(h => h.Status));
        Assert.Equal(Start.AddHours(1).AddDays(3), again.History[2].At);
    }

    [Fact]
    public async Task Update_SameStatusOrOtherFields_AddsNoHistory()
    {
        var application = await AddAsync("Engineer");

        var updated = (await _tracker.UpdateAsync(application.Id, new ApplicationChanges
        {
            Status = ApplicationStatus.Saved, SalaryOffered = 95000, SalaryCurrency = "eur", NextAction = "Email Ana",
        }, Ct)).Application!;

        Assert.Single(updated.History);
        Assert.Equal((95000d, "EUR", "Email Ana"), (updated.SalaryOffered!.Value, updated.SalaryCurrency, updated.NextAction));
    }

    [Fact]
    public async Task Update_NullClearsAndUnsetKeeps()
    {
        var application = await AddAsync("Engineer");
        await _tracker.UpdateAsync(application.Id, new ApplicationChanges { Notes = "keep me", SalaryOffered = 1000 }, Ct);

        var updated = (await _tracker.UpdateAsync(application.Id, new ApplicationChanges { SalaryOffered = (double?)null }, Ct)).Application!;

        Assert.Null(updated.SalaryOffered);
        Assert.Equal("keep me", updated.Notes);
    }

    [Fact]
    public async Task Update_UnknownId_IsNotFound()
    {
        Assert.True((await _tracker.UpdateAsync(999, new ApplicationChanges { Notes = "x" }, Ct)).NotFound);
    }

    [Fact]
    public async Task Move_PutsTheCardAtTheIndexAndRenumbersTheColumn()
    {
        await AddAsync("A", ApplicationStatus.Applied);
        await AddAsync("B", ApplicationStatus.Applied);
        var c = await AddAsync("C", ApplicationStatus.Applied);
        var saved = await AddAsync("S");

        var moved = await _tracker.MoveAsync(saved.Id, ApplicationStatus.Applied, 1, Ct);

        Assert.Equal((ApplicationStatus.Applied, 1d), (moved!.Status, moved.Position));
        Assert.Equal(Start, moved.AppliedAt);
        var board = (await _tracker.ListAsync(new ApplicationQuery([ApplicationStatus.Applied]), Ct)).Items;
        Assert.Equal(["A", "S", "B", "C"], board.Select(x => x.Title));
        Assert.Equal([0d, 1d, 2d, 3d], board.Select(x => x.Position));

        // Within its own column: C to the top.
        await _tracker.MoveAsync(c.Id, ApplicationStatus.Applied, 0, Ct);
        Assert.Equal(["C", "A", "S", "B"], (await _tracker.ListAsync(new ApplicationQuery([ApplicationStatus.Applied]), Ct)).Items.Select(x => x.Title));
        Assert.Single((await _tracker.GetAsync(c.Id, Ct))!.History); // no status change, no new history entry
    }

    [Fact]
    public async Task Move_UnknownId_ReturnsNull()
    {
        Assert.Null(await _tracker.MoveAsync(404, ApplicationStatus.Offer, 0, Ct));
    }

    [Fact]
    public async Task List_OrdersByColumnThenPosition_AndFilters()
    {
        await AddAsync("Offer one", ApplicationStatus.Offer);
        await AddAsync("Saved one");
        await AddAsync("Withdrawn one", ApplicationStatus.Withdrawn);
        await AddAsync("Applied one", ApplicationStatus.Applied);
        await AddAsync("Interviewing one", ApplicationStatus.Interviewing);
        await AddAsync("Rejected one", ApplicationStatus.Rejected);
        await AddAsync("Saved two");

        var all = await _tracker.ListAsync(new ApplicationQuery(), Ct);
        var searched = await _tracker.ListAsync(new ApplicationQuery(Q: "SAVED two"), Ct);
        var page = await _tracker.ListAsync(new ApplicationQuery(Page: 2, PageSize: 3), Ct);

        Assert.Equal(["Saved one", "Saved two", "Applied one", "Interviewing one", "Offer one", "Rejected one", "Withdrawn one"], all.Items.Select(a => a.Title));
        Assert.Equal(["Saved two"], searched.Items.Select(a => a.Title));
        Assert.Equal(7, page.Total);
        Assert.Equal(["Interviewing one", "Offer one", "Rejected one"], page.Items.Select(a => a.Title));
    }

    [Fact]
    public async Task DueReminders_WithinADayAndOpenOnly_SoonestFirst()
    {
        async Task RemindAsync(string title, ApplicationStatus status, TimeSpan fromNow) =>
            await _tracker.UpdateAsync((await AddAsync(title, status)).Id, new ApplicationChanges { NextAction = "Follow up " + title, NextActionAt = Start + fromNow }, Ct);

        await RemindAsync("Overdue", ApplicationStatus.Applied, TimeSpan.FromDays(-2));
        await RemindAsync("Tomorrow", ApplicationStatus.Interviewing, TimeSpan.FromHours(20));
        await RemindAsync("Next week", ApplicationStatus.Applied, TimeSpan.FromDays(7));
        await RemindAsync("Closed", ApplicationStatus.Rejected, TimeSpan.FromHours(-1));
        await RemindAsync("Gone", ApplicationStatus.Withdrawn, TimeSpan.FromHours(1));
        await AddAsync("No reminder");

        var due = await _tracker.DueRemindersAsync(Ct);

        Assert.Equal(["Overdue", "Tomorrow"], due.Select(a => a.Title));
    }

    [Fact]
    public async Task Delete_RemovesIt_AndThePostingCanBeTrackedAgain()
    {
        var job = await AddJobAsync("Platform Engineer");
        var first = (await _tracker.CreateAsync(new ApplicationChanges { JobId = job.Id }, Ct)).Application!;

        Assert.True(await _tracker.DeleteAsync(first.Id, Ct));
        Assert.False(await _tracker.DeleteAsync(first.Id, Ct));
        Assert.True((await _tracker.CreateAsync(new ApplicationChanges { JobId = job.Id }, Ct)).Created);
    }

    [Fact]
    public async Task ExportCsv_EscapesSeparatorsQuotesLineBreaksAndFormulas()
    {
        await _tracker.CreateAsync(new ApplicationChanges
        {
            Title = "=HYPERLINK(\"http://evil\")", Company = "Acme, Inc.", Notes = "line one\nsaid \"hi\"", Status = ApplicationStatus.Offer,
            SalaryOffered = 120000.5, SalaryCurrency = "USD",
        }, Ct);
        using var writer = new StringWriter();

        await ApplicationCsv.WriteAsync(writer, await _tracker.ExportAsync(new ApplicationQuery(), Ct));

        var csv = writer.ToString();
        Assert.StartsWith("id,jobId,title,company,url,status,", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\",\"Acme, Inc.\",,offer,", csv, StringComparison.Ordinal);
        Assert.Contains("120000.5,USD", csv, StringComparison.Ordinal);
        Assert.Contains("\"line one\nsaid \"\"hi\"\"\"", csv, StringComparison.Ordinal);
    }
}
