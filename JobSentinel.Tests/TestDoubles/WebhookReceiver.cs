using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>
/// A webhook endpoint (Slack, Discord, Teams, JSON) as a real HTTP server on 127.0.0.1: records every
/// delivery's body and headers and answers what <see cref="Answer"/> says for each call (default 200).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private FakeBoard _server = null!;

    private WebhookReceiver()
    {
    }

    public sealed record Delivery(string Path, string Body, IReadOnlyDictionary<string, string> Headers, DateTime At)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
    }

    /// <summary>Status code (and an optional Retry-After in seconds) for the nth call, counted from 1.</summary>
    public Func<int, (int Status, int? RetryAfter)> Answer { get; set; } = _ => (200, null);

    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    public int Calls => _calls;

    private int _calls;

    /// <summary>The URL to give a channel (any path works).</summary>
    public string Url(string path = "/hook") => _server.BaseUrl + path;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        receiver._server = await FakeBoard.StartAsync(async context =>
        {
            var call = Interlocked.Increment(ref receiver._calls);
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var (status, retryAfter) = receiver.Answer(call);
            if (status is >= 200 and < 300)
            {
                receiver.Deliveries.Enqueue(new Delivery(context.Request.Path, body,
                    context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), DateTime.UtcNow));
            }

            context.Response.StatusCode = status;
            if (retryAfter is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsync(status is >= 200 and < 300 ? "ok" : "error");
        });
        return receiver;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
