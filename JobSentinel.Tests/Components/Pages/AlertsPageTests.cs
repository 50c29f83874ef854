using AngleSharp.Dom;
using Bunit;
using JobSentinel.Core.Alerts;
using JobSentinel.Core.Data;
using JobSentinel.Core.Live;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Components.Pages.Alerts;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Tests.Components.Pages;

public sealed class AlertsPageTests : MatchingComponentTest
{
    private const string SlackUrl = "https://hooks.slack.com/services/T000/B000/XOXB-SECRET-TOKEN";

    [Fact]
    public void Render_WithoutChannels_ExplainsWhatToAdd()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("No alert channels yet", page.Find("[data-testid=channels-empty]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=channels-table]"));
        Assert.Empty(page.FindAll("[data-testid=alerts-failed-banner]"));
        Assert.Contains("Nothing here.", page.Find("[data-testid=alerts-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ListsChannelsWithTheUrlMasked()
    {
        var channel = await AddChannelAsync("Team Slack", SlackUrl);

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("Team Slack", page.Find("[data-testid=channels-table]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Slack · https://hooks.slack.com/********", page.Find("[data-testid=channels-table]").TextContent, StringComparison.Ordinal);
        Assert.Contains("nothing sent yet", page.Find($"[data-testid=channel-status-{channel.Id}]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("XOXB-SECRET-TOKEN", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("/services/", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDialog_ShowsFieldErrorsAndSavesNothingInvalid()
    {
        var (dialogs, _) = RenderProviders();
        var page = RenderPage();

        page.Find("[data-testid=channel-add]").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=channel-save]"));
        dialogs.Find("input[data-testid=channel-url]").Change("ftp://hooks.example.com/x");
        dialogs.Find("[data-testid=channel-save]").Click();

        dialogs.WaitForAssertion(() =>
        {
            Assert.Contains("A name is required.", FieldOf(dialogs.Find("input[data-testid=channel-name]")).TextContent, StringComparison.Ordinal);
            Assert.Contains("The URL must start with http:// or https://.", FieldOf(dialogs.Find("input[data-testid=channel-url]")).TextContent, StringComparison.Ordinal);
        });
        Assert.Empty(await Get<AlertChannelService>().ListAsync(CancellationToken.None));
        Assert.NotNull(page.Find("[data-testid=channels-empty]"));
    }

    [Fact]
    public async Task AddDialog_SavesAValidChannelAndListsIt()
    {
        var (dialogs, _) = RenderProviders();
        var page = RenderPage();

        page.Find("[data-testid=channel-add]").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=channel-save]"));
        dialogs.Find("input[data-testid=channel-name]").Change("Team Slack");
        dialogs.Find("input[data-testid=channel-url]").Change(SlackUrl);
        dialogs.Find("[data-testid=channel-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Team Slack", page.Find("[data-testid=channels-table]").TextContent, StringComparison.Ordinal));
        Assert.Empty(dialogs.FindAll(".mud-dialog"));
        var saved = Assert.Single(await Get<AlertChannelService>().ListAsync(CancellationToken.None));
        Assert.Equal(("Team Slack", "slack", "https://hooks.slack.com/********"), (saved.Name, saved.Type, saved.Url));
    }

    [Fact]
    public async Task EditDialog_ShowsOnlyMaskedSecretsAndKeepsThemOnSave()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var created = await Get<AlertChannelService>().CreateAsync(
            new AlertChannelDraft { Name = "Ops hook", Type = "webhook", Url = receiver.Url("/hook/PATH-TOKEN"), Secret = "signing-secret" }, "admin", CancellationToken.None);
        var channel = created.Value!;
        var (dialogs, _) = RenderProviders();
        var page = RenderPage();

        page.Find("button[aria-label='Edit Ops hook']").Click();
        dialogs.WaitForAssertion(() => Assert.EndsWith("/********", dialogs.Find("input[data-testid=channel-url]").GetAttribute("value"), StringComparison.Ordinal));
        Assert.DoesNotContain("PATH-TOKEN", dialogs.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("signing-secret", dialogs.Markup, StringComparison.Ordinal);
        dialogs.Find("input[data-testid=channel-name]").Change("Ops webhook");
        dialogs.Find("[data-testid=channel-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Ops webhook", page.Find("[data-testid=channels-table]").TextContent, StringComparison.Ordinal));
        var sent = await Get<AlertChannelService>().SendTestAsync(channel.Id, "http://localhost", CancellationToken.None);
        Assert.Equal(DeliveryOutcome.Delivered, sent!.Outcome);
        var delivery = Assert.Single(receiver.Deliveries);
        Assert.Equal("/hook/PATH-TOKEN", delivery.Path);
        Assert.True(delivery.Headers.ContainsKey("X-JobSentinel-Signature"));
    }

    [Fact]
    public async Task SendTest_DeliversASampleAndSaysSo()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await AddChannelAsync("Ops hook", receiver.Url(), type: "webhook");
        var (_, snackbars) = RenderProviders();
        var page = RenderPage();

        page.FindAll("button").Single(b => b.TextContent.Contains("Send test", StringComparison.Ordinal)).Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Ops hook: the test alert was delivered.", snackbars.Markup, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.Contains("test alert", Assert.Single(receiver.Deliveries).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedAlert_IsShownWithItsErrorAndRetryQueuesItAgain()
    {
        var job = await AddJobAsync("Backend Engineer", "Globex");
        var channel = await AddChannelAsync("Team Slack");
        await AddAlertAsync(channel.Id, job.Id, AlertStatus.Failed, "Slack answered 404 (no_service)");
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Contains("1 alert(s) could not be delivered", page.Find("[data-testid=alerts-failed-banner]").TextContent, StringComparison.Ordinal));

        Tab(page, "Failed").Click();

        page.WaitForAssertion(() =>
        {
            var row = Assert.Single(page.FindAll("[data-testid=alerts-table] tbody tr"));
            Assert.Contains("Backend Engineer", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("Slack answered 404 (no_service)", row.TextContent, StringComparison.Ordinal);
        });

        page.FindAll("[data-testid=alerts-table] button").Single(b => b.TextContent.Trim() == "Retry").Click();

        page.WaitForAssertion(() => Assert.Contains("Nothing here.", page.Find("[data-testid=alerts-table]").TextContent, StringComparison.Ordinal));
        var outbox = Get<AlertOutbox>();
        Assert.Equal(0, (await outbox.ListAsync("failed", null, 1, 10, CancellationToken.None)).Total);
        Assert.Equal(1, (await outbox.ListAsync("pending", null, 1, 10, CancellationToken.None)).Total);
    }

    [Fact]
    public async Task RetryAllFailed_QueuesEveryFailedAlertAndClearsTheBanner()
    {
        var first = await AddJobAsync("Backend Engineer");
        var second = await AddJobAsync("Data Engineer");
        var channel = await AddChannelAsync("Team Slack");
        await AddAlertAsync(channel.Id, first.Id, AlertStatus.Failed, "Slack answered 404");
        await AddAlertAsync(channel.Id, second.Id, AlertStatus.Failed, "Slack answered 404");
        var (_, snackbars) = RenderProviders();
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Contains("2 alert(s) could not be delivered", page.Find("[data-testid=alerts-failed-banner]").TextContent, StringComparison.Ordinal));

        page.FindAll("[data-testid=alerts-failed-banner] button").Single(b => b.TextContent.Contains("Retry all failed", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() =>
        {
            Assert.Contains("2 alert(s) queued again.", snackbars.Markup, StringComparison.Ordinal);
            Assert.Empty(page.FindAll("[data-testid=alerts-failed-banner]"));
            Assert.Equal("Pending (2)", Tab(page, "Pending").TextContent.Trim());
            Assert.Equal("Failed (0)", Tab(page, "Failed").TextContent.Trim());
        });
        Assert.Equal(2, (await Get<AlertOutbox>().ListAsync("pending", null, 1, 10, CancellationToken.None)).Total);
    }

    [Fact]
    public async Task AlertsFailingAgainAfterARetry_ShowUpOnTheFailedTab()
    {
        var job = await AddJobAsync("Backend Engineer");
        var channel = await AddChannelAsync("Team Slack");
        var alert = await AddAlertAsync(channel.Id, job.Id, AlertStatus.Failed, "Slack answered 404");
        var page = RenderPage();
        Tab(page, "Failed").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=alerts-table] tbody tr")));
        page.FindAll("[data-testid=alerts-failed-banner] button").Single(b => b.TextContent.Contains("Retry all failed", StringComparison.Ordinal)).Click();
        page.WaitForAssertion(() => Assert.Contains("Nothing here.", page.Find("[data-testid=alerts-table]").TextContent, StringComparison.Ordinal));

        // The dispatcher's pass fails it again and publishes the outbox counts, the same as before the retry.
        await SetStatusAsync(alert, AlertStatus.Failed);
        Notifier.Publish(new AlertsChanged(0, 1, 0));

        page.WaitForAssertion(() =>
        {
            var row = Assert.Single(page.FindAll("[data-testid=alerts-table] tbody tr"));
            Assert.Contains("Backend Engineer", row.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.Find("[data-testid=alerts-failed-banner]"));
        });
    }

    [Fact]
    public async Task PurgePending_AfterConfirmation_DropsOnlyThePendingAlerts()
    {
        var first = await AddJobAsync("Backend Engineer");
        var second = await AddJobAsync("Data Engineer");
        var third = await AddJobAsync("Site Reliability Engineer");
        var channel = await AddChannelAsync("Team Slack");
        await AddAlertAsync(channel.Id, first.Id, AlertStatus.Pending);
        await AddAlertAsync(channel.Id, second.Id, AlertStatus.Pending);
        await AddAlertAsync(channel.Id, third.Id, AlertStatus.Failed, "Slack answered 404");
        var (dialogs, snackbars) = RenderProviders();
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=alerts-table] tbody tr").Count));

        PurgeButton(page).Click();
        dialogs.WaitForElement(".mud-message-box__yes-button").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Contains("2 pending alert(s) dropped.", snackbars.Markup, StringComparison.Ordinal);
            Assert.Contains("Nothing here.", page.Find("[data-testid=alerts-table]").TextContent, StringComparison.Ordinal);
            Assert.True(PurgeButton(page).HasAttribute("disabled"));
        });
        var outbox = Get<AlertOutbox>();
        Assert.Equal(0, (await outbox.ListAsync("pending", null, 1, 10, CancellationToken.None)).Total);
        Assert.Equal(1, (await outbox.ListAsync("failed", null, 1, 10, CancellationToken.None)).Total);
    }

    [Fact]
    public async Task PurgePending_Cancelled_KeepsThePendingAlerts()
    {
        var job = await AddJobAsync("Backend Engineer");
        var channel = await AddChannelAsync("Team Slack");
        await AddAlertAsync(channel.Id, job.Id, AlertStatus.Pending);
        var (dialogs, _) = RenderProviders();
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=alerts-table] tbody tr")));

        PurgeButton(page).Click();
        dialogs.WaitForElement(".mud-message-box__cancel-button").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-message-box")));
        Assert.Single(page.FindAll("[data-testid=alerts-table] tbody tr"));
        Assert.Equal(1, (await Get<AlertOutbox>().ListAsync("pending", null, 1, 10, CancellationToken.None)).Total);
    }

    [Fact]
    public async Task AlertsChanged_ReloadsTheOutboxLive()
    {
        var job = await AddJobAsync("Backend Engineer");
        var channel = await AddChannelAsync("Team Slack");
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Contains("Nothing here.", page.Find("[data-testid=alerts-table]").TextContent, StringComparison.Ordinal));

        await AddAlertAsync(channel.Id, job.Id, AlertStatus.Failed, "Slack answered 500");
        Notifier.Publish(new AlertsChanged(0, 1, 0));

        page.WaitForAssertion(() =>
        {
            Assert.Contains("1 alert(s) could not be delivered", page.Find("[data-testid=alerts-failed-banner]").TextContent, StringComparison.Ordinal);
            Assert.Equal("Failed (1)", Tab(page, "Failed").TextContent.Trim());
            Assert.Contains("1 failed", page.Find("[data-testid=channels-table]").TextContent, StringComparison.Ordinal);
        });
    }

    private IRenderedComponent<Alerts> RenderPage()
    {
        var page = Render<Alerts>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-progress-linear")));
        return page;
    }

    private async Task SetStatusAsync(long alertId, AlertStatus status)
    {
        await using var context = await Get<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();
        var alert = await context.Alerts.FindAsync(alertId);
        alert!.Status = status;
        await context.SaveChangesAsync();
    }

    private static IElement Tab(IRenderedComponent<Alerts> page, string name) =>
        page.FindAll(".mud-tab").Single(t => t.TextContent.Trim().StartsWith(name, StringComparison.Ordinal));

    private static IElement PurgeButton(IRenderedComponent<Alerts> page) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Purge pending");

    private static IElement FieldOf(IElement input) => input.Closest(".mud-input-control")!;
}
