using System.Net.Http.Json;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Tests.Integration.Alerts;

/// <summary>A webhook URL carries its token in the path: it must never reach the logs, at any level.</summary>
public sealed class AlertSecretsTests : IAsyncLifetime
{
    private const string Token = "T0AAA/B0BBB/Xq9secretWebhookToken";
    private readonly TempDirectory _directory = new();
    private readonly LogCollector _logs = new();
    private WebhookReceiver _receiver = null!;

    public async ValueTask InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _receiver.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task WebhookTokens_NeverReachTheLogs_WhenSendingSucceedsOrFails()
    {
        await using var factory = new JobSentinelFactory(_directory.Path, settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            configureServices: services => services.AddLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)));
        using var api = factory.CreateApiClient();
        var created = await api.PostAsJsonAsync("/api/v1/alert-channels",
            new { name = "Slack", type = "slack", url = _receiver.Url("/services/" + Token) }, TestContext.Current.CancellationToken);
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt32();

        await api.PostAsync($"/api/v1/alert-channels/{id}/test", null, TestContext.Current.CancellationToken);
        _receiver.Answer = _ => (404, null);
        await api.PostAsync($"/api/v1/alert-channels/{id}/test", null, TestContext.Current.CancellationToken);

        Assert.Equal(2, _receiver.Calls);
        // Both sends were logged (so the collector saw them), and neither line carries the address.
        Assert.Contains(_logs.Messages, message => message.Contains("Test alert to channel 'Slack': Delivered", StringComparison.Ordinal));
        Assert.Contains(_logs.Messages, message => message.Contains("Test alert to channel 'Slack': Permanent", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Messages, message => message.Contains("secretWebhookToken", StringComparison.Ordinal));
    }
}
