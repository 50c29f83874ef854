using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration.Alerts;

/// <summary>Strong matches go from a run on a fake board, through the outbox, to a real webhook receiver on 127.0.0.1.</summary>
public sealed class AlertDeliveryTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly List<BoardPayloads.Job> _jobs =
    [
        new("1", "Platform Engineer", "Remote (US)", "<p>Kubernetes and Go. $170,000 - $200,000 a year.</p>"),
        new("2", "Office Manager", "Berlin, Germany", "<p>Keep the office running.</p>"),
    ];

    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;
    private FakeBoard _board = null!;
    private WebhookReceiver _receiver = null!;
    private int _sourceId;

    public async ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path, settings: ScrapeApi.FastScraping(new() { ["JobSentinel:Alerts:PublicUrl"] = "https://jobs.example.test" }));
        _api = _factory.CreateApiClient();
        _board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(_jobs));
        _receiver = await WebhookReceiver.StartAsync();
        _sourceId = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = _board.BaseUrl })).GetProperty("id").GetInt32();
        using var profile = await _api.PutAsJsonAsync("/api/v1/profile", new { titleAllowlist = new[] { "engineer" }, keywordsBoost = new[] { "kubernetes" } });
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _board.DisposeAsync();
        await _receiver.DisposeAsync();
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    private async Task<int> AddChannelAsync(object channel)
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/alert-channels", channel);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
    }

    private Task<int> AddSlackAsync(string name = "Slack") =>
        AddChannelAsync(new { name, type = "slack", url = _receiver.Url("/services/T000/B000/secret-token"), minScore = 0.8, digestEnabled = false });

    private async Task<List<JsonElement>> AlertsAsync(string status) =>
        [.. (await _api.GetJsonAsync($"/api/v1/alerts?status={status}")).GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task StrongMatch_ReachesSlackOnce_WithTheJobAndAViewButton()
    {
        await AddSlackAsync();

        await _api.RunAndWaitAsync(_sourceId);

        await Eventually.AssertAsync(() => Assert.Single(_receiver.Deliveries));
        var delivery = Assert.Single(_receiver.Deliveries);
        Assert.Equal("/services/T000/B000/secret-token", delivery.Path);
        Assert.Contains("Platform Engineer", delivery.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Office Manager", delivery.Body, StringComparison.Ordinal);
        Assert.True(delivery.Json.TryGetProperty("blocks", out _));
        var jobId = (await _api.GetJsonAsync("/api/v1/jobs?q=platform")).GetProperty("items")[0].GetProperty("id").GetInt64();
        Assert.Contains($"https://jobs.example.test/jobs/{jobId}", delivery.Body, StringComparison.Ordinal);
        var sent = Assert.Single(await AlertsAsync("sent"));
        Assert.InRange(sent.GetProperty("latencySeconds").GetDouble(), 0, 5);

        // A re-sighting (and a content change) never alerts the same posting on the same channel again.
        _jobs[0] = _jobs[0] with { Content = _jobs[0].Content + "<p>Updated.</p>" };
        await _api.RunAndWaitAsync(_sourceId);
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        Assert.Single(_receiver.Deliveries);
    }

    [Fact]
    public async Task ManyMatchesAtOnce_GoOutAsOneMessage()
    {
        _jobs.AddRange(Enumerable.Range(10, 14).Select(i => new BoardPayloads.Job(
            $"{i}", $"Platform Engineer {i}", "Remote (US)", "<p>Kubernetes. $170,000 - $200,000 a year.</p>")));
        await AddSlackAsync();

        await _api.RunAndWaitAsync(_sourceId);

        await Eventually.AssertAsync(async () => Assert.Equal(15, (await AlertsAsync("sent")).Count));
        var message = Assert.Single(_receiver.Deliveries);
        Assert.Contains("5 more", message.Body, StringComparison.Ordinal);
        Assert.Equal(1, _receiver.Calls);
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterRetryAfter()
    {
        _receiver.Answer = call => call == 1 ? (429, 1) : (200, null);
        await AddSlackAsync();

        await _api.RunAndWaitAsync(_sourceId);

        await Eventually.AssertAsync(() => Assert.Single(_receiver.Deliveries));
        var sent = Assert.Single(await AlertsAsync("sent"));
        Assert.Equal(2, sent.GetProperty("attempts").GetInt32());
        Assert.True(sent.GetProperty("latencySeconds").GetDouble() >= 1, "Retry-After: 1 was not honoured");
    }

    [Fact]
    public async Task ServerError_IsRetriedWithBackoff()
    {
        _receiver.Answer = call => call <= 2 ? (500, null) : (200, null);
        await AddSlackAsync();

        await _api.RunAndWaitAsync(_sourceId);

        await Eventually.AssertAsync(() => Assert.Single(_receiver.Deliveries));
        Assert.Equal(3, _receiver.Calls);
        Assert.Equal(3, Assert.Single(await AlertsAsync("sent")).GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task NotFound_FailsAtOnce_DegradesHealth_AndRetryFailedDelivers()
    {
        _receiver.Answer = _ => (404, null);
        var channelId = await AddSlackAsync();

        await _api.RunAndWaitAsync(_sourceId);

        await Eventually.AssertAsync(async () => Assert.Single(await AlertsAsync("failed")));
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Equal(1, _receiver.Calls);
        var failed = Assert.Single(await AlertsAsync("failed"));
        Assert.Contains("404", failed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", failed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        await Eventually.AssertAsync(async () =>
            Assert.Equal("degraded", (await _api.GetJsonAsync("/api/v1/health/alerts")).GetProperty("checks").GetProperty("alerts").GetProperty("status").GetString()));
        Assert.Equal(1, (await _api.GetJsonAsync($"/api/v1/alert-channels/{channelId}")).GetProperty("failed").GetInt32());

        _receiver.Answer = _ => (200, null);
        using var retry = await _api.PostAsync("/api/v1/alerts/retry-failed", null, TestContext.Current.CancellationToken);
        Assert.Equal(1, (await retry.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("count").GetInt32());

        await Eventually.AssertAsync(() => Assert.Single(_receiver.Deliveries));
        Assert.Empty(await AlertsAsync("failed"));
    }

    [Fact]
    public async Task JsonWebhook_IsSignedWithHmacSha256()
    {
        await AddChannelAsync(new { name = "Hook", type = "webhook", url = _receiver.Url("/jobs-hook"), secret = "s3cret", minScore = 0.8, digestEnabled = false });

        await _api.RunAndWaitAsync(_sourceId);

        await Eventually.AssertAsync(() => Assert.Single(_receiver.Deliveries));
        var delivery = Assert.Single(_receiver.Deliveries);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("s3cret"), Encoding.UTF8.GetBytes(delivery.Body)));
        Assert.Equal(expected, delivery.Headers["X-JobSentinel-Signature"]);
        Assert.Equal("Platform Engineer", delivery.Json.GetProperty("jobs")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Snoozed_HoldsAlerts_AndPurgeDropsThem()
    {
        var channelId = await AddSlackAsync();
        using var snooze = await _api.PostAsJsonAsync($"/api/v1/alert-channels/{channelId}/snooze", new { minutes = 60 }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, snooze.StatusCode);

        await _api.RunAndWaitAsync(_sourceId);

        await Eventually.AssertAsync(async () => Assert.Single(await AlertsAsync("pending")));
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Empty(_receiver.Deliveries);
        Assert.Equal("healthy", (await _api.GetJsonAsync("/api/v1/health/alerts")).GetProperty("checks").GetProperty("alerts").GetProperty("status").GetString());

        using var purge = await _api.DeleteAsync("/api/v1/alerts/pending", TestContext.Current.CancellationToken);
        Assert.Equal(1, (await purge.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("count").GetInt32());
        Assert.Empty(await AlertsAsync("pending"));
    }

    [Fact]
    public async Task Channels_ValidateInput_AndNeverShowSecrets()
    {
        async Task<JsonElement> ErrorsAsync(object channel)
        {
            using var response = await _api.PostAsJsonAsync("/api/v1/alert-channels", channel, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        }

        Assert.True((await ErrorsAsync(new { name = "x", type = "slack", url = "http://169.254.169.254/latest" })).TryGetProperty("url", out _));
        Assert.True((await ErrorsAsync(new { name = "x", type = "pager" })).TryGetProperty("type", out _));
        Assert.True((await ErrorsAsync(new { name = "x", type = "email" })).TryGetProperty("smtp", out _));
        Assert.True((await ErrorsAsync(new { name = "x", type = "slack", url = _receiver.Url(), secret = "s" })).TryGetProperty("secret", out _));
        var bad = await ErrorsAsync(new { name = "", type = "slack", url = _receiver.Url(), minScore = 2, quietHours = "late", timeZone = "Mars/Olympus", digestTime = "25:00" });
        foreach (var field in new[] { "name", "minScore", "quietHours", "timeZone", "digestTime" })
        {
            Assert.True(bad.TryGetProperty(field, out _), $"no error for {field}: {bad}");
        }

        var id = await AddChannelAsync(new { name = "Hook", type = "webhook", url = _receiver.Url("/hook/token-123"), secret = "s3cret", minScore = 0.8 });
        var shown = await _api.GetJsonAsync($"/api/v1/alert-channels/{id}");
        Assert.DoesNotContain("token-123", shown.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", shown.ToString(), StringComparison.Ordinal);
        Assert.Equal("********", shown.GetProperty("secret").GetString());

        // Sending the masked values back (an edit form) keeps the stored ones: the test still reaches the real path.
        using var update = await _api.PutAsJsonAsync($"/api/v1/alert-channels/{id}",
            new { name = "Hook 2", url = shown.GetProperty("url").GetString(), secret = "********" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        using var test = await _api.PostAsync($"/api/v1/alert-channels/{id}/test", null, TestContext.Current.CancellationToken);
        Assert.True((await test.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("ok").GetBoolean());
        Assert.Equal("/hook/token-123", Assert.Single(_receiver.Deliveries).Path);
    }

    [Fact]
    public async Task SendTest_ReportsTheChannelsError()
    {
        _receiver.Answer = _ => (404, null);
        var id = await AddSlackAsync();

        using var response = await _api.PostAsync($"/api/v1/alert-channels/{id}/test", null, TestContext.Current.CancellationToken);

        var result = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Contains("404", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.PostAsync("/api/v1/alert-channels/999/test", null, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Metrics_AreExportedFromStartup_AndCountDeliveries()
    {
        var metrics = await _api.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Contains("alerts_pending 0", metrics, StringComparison.Ordinal);

        await AddSlackAsync("Team Slack");
        await _api.RunAndWaitAsync(_sourceId);
        await Eventually.AssertAsync(() => Assert.Single(_receiver.Deliveries));

        await Eventually.AssertAsync(async () =>
        {
            var after = await _api.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
            Assert.Contains("alert_delivery_latency_seconds_count{channel=\"Team Slack\"} 1", after, StringComparison.Ordinal);
            Assert.Contains("alerts_failed_total{channel=\"Team Slack\"} 0", after, StringComparison.Ordinal);
        });
    }
}
