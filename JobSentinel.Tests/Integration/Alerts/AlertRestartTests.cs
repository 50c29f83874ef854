using System.Net.Http.Json;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Tests.Integration.Alerts;

/// <summary>The outbox survives restarts: pending alerts go out once after a start, and a crash mid-send loses nothing.</summary>
public sealed class AlertRestartTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private FakeBoard _board = null!;
    private WebhookReceiver _receiver = null!;

    public async ValueTask InitializeAsync()
    {
        _board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(
        [
            new("1", "Platform Engineer", "Remote (US)", "<p>Kubernetes. $170,000 - $200,000 a year.</p>"),
            new("2", "Platform Engineer II", "Remote (US)", "<p>Kubernetes. $180,000 - $210,000 a year.</p>"),
        ]));
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _board.DisposeAsync();
        await _receiver.DisposeAsync();
        _directory.Dispose();
    }

    private JobSentinelFactory Start() => new(_directory.Path, settings: ScrapeApi.FastScraping());

    [Fact]
    public async Task PendingAlerts_AreDeliveredExactlyOnceAfterARestart()
    {
        _receiver.Answer = _ => (503, null);
        await using (var first = Start())
        {
            using var api = first.CreateApiClient();
            await api.PutAsJsonAsync("/api/v1/profile", new { keywordsBoost = new[] { "kubernetes" } }, TestContext.Current.CancellationToken);
            await api.PostAsJsonAsync("/api/v1/alert-channels",
                new { name = "Slack", type = "slack", url = _receiver.Url(), minScore = 0.5, digestEnabled = false }, TestContext.Current.CancellationToken);
            var sourceId = (await api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = _board.BaseUrl })).GetProperty("id").GetInt32();
            await api.RunAndWaitAsync(sourceId);
            await Eventually.AssertAsync(() => Assert.True(_receiver.Calls >= 1));
        }

        Assert.Empty(_receiver.Deliveries);
        _receiver.Answer = _ => (200, null);

        await using var second = Start();
        using var client = second.CreateApiClient();
        await Eventually.AssertAsync(async () =>
            Assert.Equal(2, (await client.GetJsonAsync("/api/v1/alerts?status=sent")).GetProperty("total").GetInt32()));
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        var delivery = Assert.Single(_receiver.Deliveries);
        Assert.Contains("Platform Engineer II", delivery.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAlertCaughtMidSend_IsSentAgainAtStartup()
    {
        await using (var first = Start())
        {
            using var api = first.CreateApiClient();
            await api.PutAsJsonAsync("/api/v1/profile", new { keywordsBoost = new[] { "kubernetes" } }, TestContext.Current.CancellationToken);
            var channel = await api.PostAsJsonAsync("/api/v1/alert-channels",
                new { name = "Slack", type = "slack", url = _receiver.Url(), minScore = 0.5, digestEnabled = false }, TestContext.Current.CancellationToken);
            var channelId = (await channel.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt32();
            await api.PostAsJsonAsync($"/api/v1/alert-channels/{channelId}/snooze", new { minutes = 600 }, TestContext.Current.CancellationToken);
            var sourceId = (await api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = _board.BaseUrl })).GetProperty("id").GetInt32();
            await api.RunAndWaitAsync(sourceId);
            await Eventually.AssertAsync(async () =>
                Assert.Equal(2, (await api.GetJsonAsync("/api/v1/alerts?status=pending")).GetProperty("total").GetInt32()));
        }

        // As if the process died after handing the alerts to the channel but before recording the answer.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_directory.Path, "jobsentinel.db")};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE Alerts SET Status = 'Sending'; UPDATE AlertChannels SET SnoozedUntil = NULL;";
            Assert.Equal(3, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        await using var second = Start();
        using var client = second.CreateApiClient();
        await Eventually.AssertAsync(async () =>
            Assert.Equal(2, (await client.GetJsonAsync("/api/v1/alerts?status=sent")).GetProperty("total").GetInt32()));
        Assert.Single(_receiver.Deliveries);
    }
}
