using JobSentinel.Core.Alerts;
using JobSentinel.Core.Features;
using JobSentinel.Core.Sources;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.AspNetCore.Http;

namespace JobSentinel.Tests.Integration.Features;

/// <summary>Kill switches and flags stop work at once: scraping (no request leaves), alerts (held, then sent once), digest, HTML scraping.</summary>
public sealed class KillSwitchTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static Task SetAsync(FeatureFlags flags, string? killSwitch = null, bool paused = true, string? flag = null, bool enabled = true) =>
        flags.SetAsync(
            flag is null ? null : new Dictionary<string, (bool?, int?)> { [flag] = (enabled, null) },
            killSwitch is null ? null : new Dictionary<string, bool> { [killSwitch] = paused },
            "test", null, Cancellation);

    [Fact]
    public async Task ScrapingPaused_RunNowAndTest_FailWithoutAnyRequest_ThenResumeRuns()
    {
        using var directory = new TempDirectory();
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(BoardPayloads.Many(2)));
        await using var factory = new JobSentinelFactory(directory.Path, settings: ScrapeApi.FastScraping());
        using var api = factory.CreateApiClient();
        var id = (await api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();
        await api.PutJsonAsync("/api/v1/admin/feature-flags", new { killSwitches = new { scraping = true } });

        var paused = await api.RunAndWaitAsync(id);
        var test = await api.PostJsonAsync("/api/v1/sources/test", new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl });

        Assert.Equal("failed", paused.GetProperty("status").GetString());
        Assert.Equal(ScrapeRunner.PausedByKillSwitch, paused.GetProperty("error").GetString());
        Assert.Equal(ScrapeRunner.PausedByKillSwitch, test.GetProperty("error").GetString());
        Assert.Equal(0, board.RequestCount);
        // A refused run says why, but the board did nothing wrong: it is not in the success rates.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await api.GetJsonAsync($"/api/v1/sources/{id}")).GetProperty("successRate24h").ValueKind);

        await api.PutJsonAsync("/api/v1/admin/feature-flags", new { killSwitches = new { scraping = false } });
        var resumed = await api.RunAndWaitAsync(id);

        Assert.Equal("completed", resumed.GetProperty("status").GetString());
        Assert.Equal(1, board.RequestCount);
        Assert.Equal(1.0, (await api.GetJsonAsync($"/api/v1/sources/{id}")).GetProperty("successRate24h").GetDouble());
    }

    [Fact]
    public async Task HtmlScrapingOff_HtmlSourceRefusesToRun_OtherTypesStillRun()
    {
        using var directory = new TempDirectory();
        await using var site = await FakeBoard.StartAsync(context => context.Response.WriteAsync("<ul><li class='opening'><a class='title' href='/j/1'>SRE</a></li></ul>"));
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(BoardPayloads.Many(1)));
        await using var factory = new JobSentinelFactory(directory.Path, settings: ScrapeApi.FastScraping());
        using var api = factory.CreateApiClient();
        var html = (await api.CreateSourceAsync(new
        {
            name = "Initech careers", type = "html", url = site.BaseAddress + "careers",
            options = new { listItem = "li.opening", title = "a.title", link = "a.title" },
        })).GetProperty("id").GetInt32();
        var greenhouse = (await api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();
        await api.PutJsonAsync("/api/v1/admin/feature-flags", new { flags = new { htmlScraping = new { enabled = false } } });

        var refused = await api.RunAndWaitAsync(html);
        var other = await api.RunAndWaitAsync(greenhouse);

        Assert.Equal("failed", refused.GetProperty("status").GetString());
        Assert.Equal(ScrapeRunner.HtmlScrapingOff, refused.GetProperty("error").GetString());
        Assert.Equal(0, site.RequestCount);
        Assert.Equal("completed", other.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AlertsPaused_AlertStaysPending_ThenGoesOutOnceAfterResume()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await AlertDispatcherHarness.StartAsync(new DateTimeOffset(2026, 1, 14, 12, 0, 0, TimeSpan.Zero));
        var flags = harness.Get<FeatureFlags>();
        var job = await harness.AddPostingAsync("Go Engineer");
        var channel = await harness.AddChannelAsync(new AlertChannelDraft { Name = "Hook", Type = "webhook", Url = receiver.Url("/hooks/a") });
        await harness.QueueAsync(channel, job, AlertKind.Immediate);
        await SetAsync(flags, KillSwitches.Alerts);

        await harness.DispatchAsync();
        await harness.DispatchAsync();

        Assert.Equal(0, receiver.Calls);
        Assert.Equal(AlertStatus.Pending, Assert.Single(await harness.AlertsAsync(channel)).Status);

        await SetAsync(flags, KillSwitches.Alerts, paused: false);
        await harness.DispatchAsync();
        await harness.DispatchAsync();

        Assert.Equal(1, receiver.Calls);
        Assert.Equal(AlertStatus.Sent, Assert.Single(await harness.AlertsAsync(channel)).Status);
    }

    [Fact]
    public async Task DigestFlagOff_NoDigestIsSent_NorPlanned()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var start = new DateTimeOffset(2026, 1, 14, 7, 0, 0, TimeSpan.Zero);
        await using var harness = await AlertDispatcherHarness.StartAsync(start);
        var flags = harness.Get<FeatureFlags>();
        var job = await harness.AddPostingAsync("Go Engineer");
        var channel = await harness.AddChannelAsync(new AlertChannelDraft
        {
            Name = "Hook", Type = "webhook", Url = receiver.Url("/hooks/d"), DigestEnabled = true, DigestTime = "08:00", TimeZone = "UTC",
        });
        await harness.QueueAsync(channel, job, AlertKind.Digest, 0.7);
        await SetAsync(flags, flag: FeatureNames.Digest, enabled: false);

        harness.Clock.SetUtcNow(start.AddHours(1));
        await harness.DispatchAsync();

        Assert.Equal(0, receiver.Calls);
        Assert.Equal(AlertStatus.Pending, Assert.Single(await harness.AlertsAsync(channel)).Status);

        await SetAsync(flags, flag: FeatureNames.Digest, enabled: true);
        await harness.DispatchAsync();

        Assert.Equal("digest", Assert.Single(receiver.Deliveries).Json.GetProperty("kind").GetString());
    }
}
