using JobSentinel.Core.Alerts;
using JobSentinel.Core.Postings;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using MimeKit;

namespace JobSentinel.Tests.Integration.Alerts;

/// <summary>
/// The outbox's timing and shaping, one <see cref="AlertDispatcher.DispatchAsync"/> pass at a time on a
/// fake clock: digests at the channel's local time, quiet hours, snoozes, batching, back-off, and the
/// senders it hands messages to (real receivers on 127.0.0.1).
/// </summary>
public sealed class AlertDispatcherTests : IAsyncLifetime
{
    private const string Zone = "Europe/Berlin";

    private WebhookReceiver _receiver = null!;

    public async ValueTask InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async ValueTask DisposeAsync() => await _receiver.DisposeAsync();

    /// <summary>A time in Berlin in January 2026 (CET, UTC+1), so that a dispatcher using UTC instead would be an hour off.</summary>
    private static DateTimeOffset Berlin(int day, int hour, int minute = 0, int second = 0) =>
        new(2026, 1, day, hour, minute, second, TimeSpan.FromHours(1));

    private AlertChannelDraft Webhook(string name = "Hook", bool digest = false) => new()
    {
        Name = name,
        Type = "webhook",
        Url = _receiver.Url("/hooks/" + name.ToLowerInvariant()),
        DigestEnabled = digest,
        DigestTime = "08:00",
        TimeZone = Zone,
    };

    private static List<string> Titles(WebhookReceiver.Delivery delivery) =>
        [.. delivery.Json.GetProperty("jobs").EnumerateArray().Select(job => job.GetProperty("title").GetString()!)];

    [Fact]
    public async Task Dispatch_DigestAlerts_WaitForTheLocalDigestTimeAndGoOutAsOneMessage()
    {
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 7));
        var jobs = new[] { await harness.AddPostingAsync("Go Engineer"), await harness.AddPostingAsync("Data Engineer"), await harness.AddPostingAsync("SRE") };
        var channel = await harness.AddChannelAsync(Webhook(digest: true));
        await harness.QueueAsync(channel, jobs[0], AlertKind.Digest, 0.75);
        await harness.QueueAsync(channel, jobs[1], AlertKind.Digest, 0.85);
        await harness.QueueAsync(channel, jobs[2], AlertKind.Digest, 0.80);

        var next = await harness.DispatchAsync();
        harness.Clock.SetUtcNow(Berlin(14, 7, 59, 59));
        await harness.DispatchAsync();

        Assert.Equal(Berlin(14, 8).UtcDateTime, next);
        Assert.Equal(0, _receiver.Calls);

        harness.Clock.SetUtcNow(Berlin(14, 8));
        await harness.DispatchAsync();

        var digest = Assert.Single(_receiver.Deliveries);
        Assert.Equal("digest", digest.Json.GetProperty("kind").GetString());
        Assert.Equal(["Data Engineer", "SRE", "Go Engineer"], Titles(digest));
        Assert.All(await harness.AlertsAsync(channel), alert => Assert.Equal(AlertStatus.Sent, alert.Status));
    }

    [Fact]
    public async Task Dispatch_DigestAlertQueuedAfterTodaysDigest_WaitsForTomorrowsDigest()
    {
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 7));
        var first = await harness.AddPostingAsync("Go Engineer");
        var later = await harness.AddPostingAsync("Data Engineer");
        var channel = await harness.AddChannelAsync(Webhook(digest: true));
        await harness.QueueAsync(channel, first, AlertKind.Digest);
        harness.Clock.SetUtcNow(Berlin(14, 8));
        await harness.DispatchAsync();
        harness.Clock.SetUtcNow(Berlin(14, 9));
        await harness.QueueAsync(channel, later, AlertKind.Digest);

        harness.Clock.SetUtcNow(Berlin(14, 23, 59));
        var next = await harness.DispatchAsync();

        Assert.Single(_receiver.Deliveries);
        Assert.Equal(Berlin(15, 8).UtcDateTime, next);

        harness.Clock.SetUtcNow(Berlin(15, 8));
        await harness.DispatchAsync();

        Assert.Equal(2, _receiver.Deliveries.Count);
        Assert.Equal(["Data Engineer"], Titles(_receiver.Deliveries.Last()));
    }

    [Fact]
    public async Task Dispatch_DigestTimeWithNothingPending_SendsNothing()
    {
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 7));
        await harness.AddChannelAsync(Webhook(digest: true));

        harness.Clock.SetUtcNow(Berlin(14, 8));
        var next = await harness.DispatchAsync();

        Assert.Equal(0, _receiver.Calls);
        Assert.Equal(Berlin(15, 8).UtcDateTime, next);
    }

    [Fact]
    public async Task Dispatch_DigestMovedToALaterTime_WaitsForItInsteadOfCatchingUp()
    {
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 10));
        var job = await harness.AddPostingAsync("Go Engineer");
        var channel = await harness.AddChannelAsync(Webhook(digest: true));
        await harness.QueueAsync(channel, job, AlertKind.Digest);
        harness.Clock.SetUtcNow(Berlin(15, 10));

        await harness.Channels.UpdateAsync(channel, new AlertChannelDraft { DigestTime = "20:00" }, "admin", TestContext.Current.CancellationToken);
        var next = await harness.DispatchAsync();

        Assert.Equal(0, _receiver.Calls);
        Assert.Equal(Berlin(15, 20).UtcDateTime, next);
        harness.Clock.SetUtcNow(Berlin(15, 20));
        await harness.DispatchAsync();
        Assert.Single(_receiver.Deliveries);
    }

    [Fact]
    public async Task DigestTurnedOff_DropsItsQueuedAlerts_SoNothingWaitsForEver()
    {
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 7));
        var digested = await harness.AddPostingAsync("Go Engineer");
        var immediate = await harness.AddPostingAsync("Data Engineer");
        var channel = await harness.AddChannelAsync(Webhook(digest: true));
        await harness.QueueAsync(channel, digested, AlertKind.Digest);
        await harness.QueueAsync(channel, immediate, AlertKind.Immediate);

        await harness.Channels.UpdateAsync(channel, new AlertChannelDraft { DigestEnabled = false }, "admin", TestContext.Current.CancellationToken);
        await harness.DispatchAsync();

        var alert = Assert.Single(await harness.AlertsAsync(channel));
        Assert.Equal(immediate.Id, alert.JobId);
        Assert.Equal(AlertStatus.Sent, alert.Status);
    }

    [Fact]
    public async Task Dispatch_ImmediateAlertInQuietHours_IsHeldUntilTheyEndInTheChannelsZone()
    {
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 23));
        var job = await harness.AddPostingAsync("Go Engineer");
        var channel = await harness.AddChannelAsync(Webhook() with { QuietHours = "22:00-07:00" });
        await harness.QueueAsync(channel, job, AlertKind.Immediate);

        var next = await harness.DispatchAsync();
        harness.Clock.SetUtcNow(Berlin(15, 6, 59, 59));
        await harness.DispatchAsync();

        Assert.Equal(Berlin(15, 7).UtcDateTime, next);
        Assert.Equal(0, _receiver.Calls);
        Assert.Equal(AlertStatus.Pending, Assert.Single(await harness.AlertsAsync(channel)).Status);

        harness.Clock.SetUtcNow(Berlin(15, 7));
        await harness.DispatchAsync();

        Assert.Equal(["Go Engineer"], Titles(Assert.Single(_receiver.Deliveries)));
        Assert.Equal(AlertStatus.Sent, Assert.Single(await harness.AlertsAsync(channel)).Status);
    }

    [Fact]
    public async Task Dispatch_SnoozedChannel_HoldsAlertsUntilTheSnoozeEnds()
    {
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 12));
        var job = await harness.AddPostingAsync("Go Engineer");
        var channel = await harness.AddChannelAsync(Webhook());
        var until = Berlin(14, 14).UtcDateTime;
        await harness.Channels.SnoozeAsync(channel, until, CancellationToken.None);
        await harness.QueueAsync(channel, job, AlertKind.Immediate);

        var next = await harness.DispatchAsync();
        harness.Clock.SetUtcNow(Berlin(14, 13, 59, 59));
        await harness.DispatchAsync();

        Assert.Equal(until, next);
        Assert.Equal(0, _receiver.Calls);

        harness.Clock.SetUtcNow(until);
        await harness.DispatchAsync();

        Assert.Equal(["Go Engineer"], Titles(Assert.Single(_receiver.Deliveries)));
        Assert.Equal(AlertStatus.Sent, Assert.Single(await harness.AlertsAsync(channel)).Status);
    }

    [Fact]
    public async Task Dispatch_MoreImmediateAlertsThanTheBatchSize_SendsOneMessageWithTheTopScoresAndTheRestCounted()
    {
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 12), new Dictionary<string, string> { ["BatchSize"] = "3" });
        var scores = new[] { 0.91, 0.99, 0.93, 0.97, 0.95 };
        List<JobView> jobs = [];
        foreach (var score in scores)
        {
            jobs.Add(await harness.AddPostingAsync($"Engineer {score:0.00}"));
        }

        var channel = await harness.AddChannelAsync(Webhook());
        for (var i = 0; i < jobs.Count; i++)
        {
            await harness.QueueAsync(channel, jobs[i], AlertKind.Immediate, scores[i]);
        }

        await harness.DispatchAsync();

        var message = Assert.Single(_receiver.Deliveries);
        Assert.Equal("immediate", message.Json.GetProperty("kind").GetString());
        Assert.Equal(["Engineer 0.99", "Engineer 0.97", "Engineer 0.95"], Titles(message));
        Assert.Equal(2, message.Json.GetProperty("moreCount").GetInt32());
        Assert.All(await harness.AlertsAsync(channel), alert => Assert.Equal(AlertStatus.Sent, alert.Status));
    }

    [Fact]
    public async Task Dispatch_ServerErrors_BackOffExponentiallyThenGiveUp()
    {
        _receiver.Answer = _ => (500, null);
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 12), new Dictionary<string, string> { ["MaxAttempts"] = "4" });
        var job = await harness.AddPostingAsync("Go Engineer");
        var channel = await harness.AddChannelAsync(Webhook());
        await harness.QueueAsync(channel, job, AlertKind.Immediate);

        foreach (var (attempt, seconds) in new[] { (1, 1.0), (2, 2.0), (3, 4.0) })
        {
            var next = await harness.DispatchAsync();

            var alert = Assert.Single(await harness.AlertsAsync(channel));
            Assert.Equal(AlertStatus.Pending, alert.Status);
            Assert.Equal(attempt, alert.Attempts);
            Assert.Equal(alert.NextAttemptAt, next);
            var wait = (alert.NextAttemptAt!.Value - harness.Clock.GetUtcNow().UtcDateTime).TotalSeconds;
            Assert.InRange(wait, seconds * 0.8, seconds * 1.2);

            // Nothing goes out before the back-off has passed.
            harness.Clock.Advance(TimeSpan.FromSeconds(wait * 0.9));
            await harness.DispatchAsync();
            Assert.Equal(attempt, _receiver.Calls);
            harness.Clock.SetUtcNow(new DateTimeOffset(alert.NextAttemptAt.Value));
        }

        Assert.Null(await harness.DispatchAsync());

        var failed = Assert.Single(await harness.AlertsAsync(channel));
        Assert.Equal(AlertStatus.Failed, failed.Status);
        Assert.StartsWith("Gave up after 4 attempts: The channel answered 500", failed.LastError, StringComparison.Ordinal);
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.DispatchAsync();
        Assert.Equal(4, _receiver.Calls);
    }

    [Fact]
    public async Task Dispatch_TooManyRequestsWithRetryAfter_RetriesAfterThatManySeconds()
    {
        _receiver.Answer = call => call == 1 ? (429, 7) : (200, null);
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 12));
        var job = await harness.AddPostingAsync("Go Engineer");
        var channel = await harness.AddChannelAsync(Webhook());
        await harness.QueueAsync(channel, job, AlertKind.Immediate);

        var next = await harness.DispatchAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(6.9));
        await harness.DispatchAsync();

        var waiting = Assert.Single(await harness.AlertsAsync(channel));
        Assert.Equal(Berlin(14, 12, 0, 7).UtcDateTime, waiting.NextAttemptAt);
        Assert.Equal(waiting.NextAttemptAt, next);
        Assert.Equal(1, _receiver.Calls);

        harness.Clock.SetUtcNow(Berlin(14, 12, 0, 7));
        await harness.DispatchAsync();

        Assert.Single(_receiver.Deliveries);
        var sent = Assert.Single(await harness.AlertsAsync(channel));
        Assert.Equal(AlertStatus.Sent, sent.Status);
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task Dispatch_EmailChannel_SendsTheMatchAsTextAndHtmlMail()
    {
        await using var smtp = FakeSmtpServer.Start();
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 12));
        var channel = await harness.AddChannelAsync(new AlertChannelDraft
        {
            Name = "Mail",
            Type = "email",
            MinScore = 0,
            DigestEnabled = false,
            Smtp = new SmtpDraft("127.0.0.1", smtp.Port, null, null, "alerts@sentinel.example", ["me@example.com"], "none"),
        });

        // Added after the channel: the match pipeline queues the alert, as a board run would.
        var job = await harness.AddPostingAsync("Staff Data Engineer", "Globex");
        await harness.DispatchAsync();

        var mail = Assert.Single(smtp.Messages);
        Assert.Equal(["me@example.com"], mail.Recipients);
        var message = await MimeMessage.LoadAsync(new MemoryStream(mail.Data), TestContext.Current.CancellationToken);
        Assert.Contains("Staff Data Engineer", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Staff Data Engineer", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Staff Data Engineer", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"{AlertDispatcherHarness.PublicUrl}/jobs/{job.Id}", message.HtmlBody, StringComparison.Ordinal);
        var alert = Assert.Single(await harness.AlertsAsync(channel));
        Assert.Equal(AlertStatus.Sent, alert.Status);
    }

    [Fact]
    public async Task Dispatch_DiscordChannel_PostsEmbeds()
    {
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 12));
        await harness.AddChannelAsync(new AlertChannelDraft
        {
            Name = "Discord", Type = "discord", Url = _receiver.Url("/api/webhooks/1/token"), MinScore = 0, DigestEnabled = false,
        });

        await harness.AddPostingAsync("Staff Data Engineer", "Globex");
        await harness.DispatchAsync();

        var delivery = Assert.Single(_receiver.Deliveries);
        Assert.Equal("/api/webhooks/1/token", delivery.Path);
        var embed = Assert.Single(delivery.Json.GetProperty("embeds").EnumerateArray());
        Assert.Equal("Staff Data Engineer", embed.GetProperty("title").GetString());
        Assert.Empty(delivery.Json.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
    }

    [Fact]
    public async Task Dispatch_TeamsChannel_PostsAnAdaptiveCard()
    {
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 12));
        await harness.AddChannelAsync(new AlertChannelDraft
        {
            Name = "Teams", Type = "teams", Url = _receiver.Url("/workflows/teams"), MinScore = 0, DigestEnabled = false,
        });

        await harness.AddPostingAsync("Staff Data Engineer", "Globex");
        await harness.DispatchAsync();

        var delivery = Assert.Single(_receiver.Deliveries);
        Assert.Equal("message", delivery.Json.GetProperty("type").GetString());
        var attachment = Assert.Single(delivery.Json.GetProperty("attachments").EnumerateArray());
        Assert.Equal(TeamsPayload.CardContentType, attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Contains("Staff Data Engineer", card.GetProperty("body").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_PostingDeletedBeforeDelivery_FailsOnceWithAReadableError()
    {
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 12));
        var job = await harness.AddPostingAsync("Go Engineer");
        var channel = await harness.AddChannelAsync(Webhook());
        await harness.QueueAsync(channel, job, AlertKind.Immediate);
        await harness.DeletePostingAsync(job.Id);

        var next = await harness.DispatchAsync();
        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.DispatchAsync();

        Assert.Null(next);
        Assert.Equal(0, _receiver.Calls);
        var alert = Assert.Single(await harness.AlertsAsync(channel));
        Assert.Equal(AlertStatus.Failed, alert.Status);
        Assert.Equal(1, alert.Attempts);
        Assert.Equal("The posting no longer exists.", alert.LastError);
        Assert.Equal("The postings of these alerts no longer exist.", (await harness.Channels.GetAsync(channel, CancellationToken.None))!.LastError);
    }

    [Fact]
    public async Task Dispatch_OneOfTwoPostingsDeleted_SendsTheOtherAndFailsTheDeletedOne()
    {
        await using var harness = await AlertDispatcherHarness.StartAsync(Berlin(14, 12));
        var kept = await harness.AddPostingAsync("Go Engineer");
        var deleted = await harness.AddPostingAsync("Data Engineer");
        var channel = await harness.AddChannelAsync(Webhook());
        await harness.QueueAsync(channel, kept, AlertKind.Immediate, 0.91);
        await harness.QueueAsync(channel, deleted, AlertKind.Immediate, 0.99);
        await harness.DeletePostingAsync(deleted.Id);

        await harness.DispatchAsync();

        var message = Assert.Single(_receiver.Deliveries);
        Assert.Equal(["Go Engineer"], Titles(message));
        Assert.Equal(0, message.Json.GetProperty("moreCount").GetInt32());
        var alerts = (await harness.AlertsAsync(channel)).ToDictionary(a => a.JobId);
        Assert.Equal(AlertStatus.Sent, alerts[kept.Id].Status);
        Assert.Equal(AlertStatus.Failed, alerts[deleted.Id].Status);
        Assert.Equal("The posting no longer exists.", alerts[deleted.Id].LastError);
    }
}
