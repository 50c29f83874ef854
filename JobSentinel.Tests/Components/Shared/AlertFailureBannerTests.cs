using Bunit;
using JobSentinel.Core.Alerts;
using JobSentinel.Core.Live;
using JobSentinel.Web.Components.Shared;

namespace JobSentinel.Tests.Components.Shared;

public sealed class AlertFailureBannerTests : MatchingComponentTest
{
    [Fact]
    public async Task Render_WithOnlyPendingAlerts_ShowsNothing()
    {
        var job = await AddJobAsync("Backend Engineer");
        var channel = await AddChannelAsync("Team Slack");
        await AddAlertAsync(channel.Id, job.Id, AlertStatus.Pending);

        var banner = Render<AlertFailureBanner>();

        Assert.Empty(banner.FindAll("[data-testid=alert-failure-banner]"));
        Assert.Equal("", banner.Markup.Trim());
    }

    [Fact]
    public async Task Render_WithFailedAlerts_ShowsTheirCountAndLinksToAlerts()
    {
        var first = await AddJobAsync("Backend Engineer");
        var second = await AddJobAsync("Data Engineer");
        var channel = await AddChannelAsync("Team Slack");
        await AddAlertAsync(channel.Id, first.Id, AlertStatus.Failed, "Slack answered 404");
        await AddAlertAsync(channel.Id, second.Id, AlertStatus.Failed, "Slack answered 404");

        var banner = Render<AlertFailureBanner>();

        banner.WaitForAssertion(() =>
            Assert.Contains("2 alert(s) could not be delivered.", banner.Find("[data-testid=alert-failure-banner]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(banner.Find("[data-testid=alert-failure-banner] a[href='/alerts']"));
    }

    [Fact]
    public void AlertsChanged_ShowsThenHidesTheBannerLive()
    {
        var banner = Render<AlertFailureBanner>();
        Assert.Empty(banner.FindAll("[data-testid=alert-failure-banner]"));

        Notifier.Publish(new AlertsChanged(Pending: 1, Failed: 3, SentLastDay: 0));

        banner.WaitForAssertion(() =>
            Assert.Contains("3 alert(s) could not be delivered.", banner.Find("[data-testid=alert-failure-banner]").TextContent, StringComparison.Ordinal));

        Notifier.Publish(new AlertsChanged(Pending: 4, Failed: 0, SentLastDay: 0));

        banner.WaitForAssertion(() => Assert.Empty(banner.FindAll("[data-testid=alert-failure-banner]")));
    }

    [Fact]
    public async Task Dispose_EndsTheSubscription()
    {
        var before = Notifier.SubscriberCount;
        Render<AlertFailureBanner>();
        Assert.Equal(before + 1, Notifier.SubscriberCount);

        await DisposeComponentsAsync();

        Assert.Equal(before, Notifier.SubscriberCount);
    }
}
