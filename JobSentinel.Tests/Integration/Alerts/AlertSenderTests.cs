using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using JobSentinel.Core.Alerts;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Alerts;

/// <summary>The webhook senders against real HTTP receivers on 127.0.0.1.</summary>
public sealed class AlertSenderTests
{
    private const string Token = "T0000AAAA/B0000BBBB/XyZsecretTokenValue123";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Slack_ReceiverAnswersOk_DeliversBlockKitJson()
    {
        var received = new ConcurrentQueue<Received>();
        await using var receiver = await StartAsync(received, context => Answer(context, 200, "ok"));
        using var http = new HttpClient();

        var result = await new SlackSender(http, TimeProvider.System).SendAsync(Target(AlertChannelType.Slack, receiver), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryResult.Delivered, result);
        var request = Assert.Single(received);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/services/{Token}", request.Path);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("New match for Default: Senior Go Engineer at Acme (92%)", body["text"]!.GetValue<string>());
        var actions = body["blocks"]!.AsArray().Single(block => block!["type"]!.GetValue<string>() == "actions")!;
        Assert.Equal(AlertMessages.ViewUrl, actions["elements"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_SuccessWithAHugeBody_IsDelivered()
    {
        await using var receiver = await StartAsync(null, context => Answer(context, 200, new string('x', 5 * 1024 * 1024)));
        using var http = new HttpClient { MaxResponseContentBufferSize = 1024 };

        var result = await new SlackSender(http, TimeProvider.System).SendAsync(Target(AlertChannelType.Slack, receiver), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryResult.Delivered, result);
    }

    [Fact]
    public async Task Discord_ReceiverAnswersNoContent_DeliversEmbeds()
    {
        var received = new ConcurrentQueue<Received>();
        await using var receiver = await StartAsync(received, context => Answer(context, 204));
        using var http = new HttpClient();

        var result = await new DiscordSender(http, TimeProvider.System).SendAsync(
            Target(AlertChannelType.Discord, receiver), AlertMessages.Message(AlertMessageKind.Immediate, AlertMessages.Many(3)), Cancellation);

        Assert.Equal(DeliveryResult.Delivered, result);
        var body = JsonNode.Parse(Assert.Single(received).Body)!;
        Assert.Equal("**3 new matches for Default**", body["content"]!.GetValue<string>());
        Assert.Equal(["Engineer 1", "Engineer 2", "Engineer 3"], body["embeds"]!.AsArray().Select(embed => embed!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Teams_WorkflowAnswersAccepted_DeliversAdaptiveCard()
    {
        var received = new ConcurrentQueue<Received>();
        await using var receiver = await StartAsync(received, context => Answer(context, 202));
        using var http = new HttpClient();

        var result = await new TeamsSender(http, TimeProvider.System).SendAsync(Target(AlertChannelType.Teams, receiver), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryResult.Delivered, result);
        var attachment = JsonNode.Parse(Assert.Single(received).Body)!["attachments"]![0]!;
        Assert.Equal(TeamsPayload.CardContentType, attachment["contentType"]!.GetValue<string>());
        Assert.Equal(AlertMessages.ViewUrl, attachment["content"]!["actions"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Webhook_WithSecret_SignatureVerifiesAgainstTheReceivedBody()
    {
        var received = new ConcurrentQueue<Received>();
        await using var receiver = await StartAsync(received, context => Answer(context, 200));
        using var http = new HttpClient();
        var target = Target(AlertChannelType.Webhook, receiver) with { Secret = "whsec-test-1234" };

        var result = await new WebhookSender(http, TimeProvider.System).SendAsync(target, AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryResult.Delivered, result);
        var request = Assert.Single(received);
        Assert.Equal(WebhookSignature.Compute("whsec-test-1234", request.Body), request.Headers[WebhookSignature.HeaderName]);
        Assert.Equal("immediate", request.Headers[WebhookSignature.EventHeaderName]);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("immediate", body["kind"]!.GetValue<string>());
        Assert.Equal(42, body["jobs"]![0]!["id"]!.GetValue<long>());
        Assert.Equal(AlertMessages.ViewUrl, body["jobs"]![0]!["viewUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Webhook_TamperedBody_NoLongerMatchesTheSignature()
    {
        var received = new ConcurrentQueue<Received>();
        await using var receiver = await StartAsync(received, context => Answer(context, 200));
        using var http = new HttpClient();
        var target = Target(AlertChannelType.Webhook, receiver) with { Secret = "whsec-test-1234" };

        await new WebhookSender(http, TimeProvider.System).SendAsync(target, AlertMessages.Immediate(), Cancellation);

        var request = Assert.Single(received);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(request.Body).Replace("Acme", "Evil", StringComparison.Ordinal));
        Assert.NotEqual(WebhookSignature.Compute("whsec-test-1234", tampered), request.Headers[WebhookSignature.HeaderName]);
    }

    [Fact]
    public async Task Webhook_WithoutSecret_SendsNoSignature()
    {
        var received = new ConcurrentQueue<Received>();
        await using var receiver = await StartAsync(received, context => Answer(context, 200));
        using var http = new HttpClient();

        await new WebhookSender(http, TimeProvider.System).SendAsync(
            Target(AlertChannelType.Webhook, receiver), AlertMessages.Message(AlertMessageKind.Test, [AlertMessages.Item()]), Cancellation);

        var request = Assert.Single(received);
        Assert.False(request.Headers.ContainsKey(WebhookSignature.HeaderName));
        Assert.Equal("test", request.Headers[WebhookSignature.EventHeaderName]);
    }

    [Fact]
    public async Task Send_TooManyRequestsWithRetryAfter_IsRetryLaterWithThatWait()
    {
        await using var receiver = await StartAsync(null, context =>
        {
            context.Response.Headers.RetryAfter = "7";
            return Answer(context, 429, "rate_limited");
        });
        using var http = new HttpClient();

        var result = await new SlackSender(http, TimeProvider.System).SendAsync(Target(AlertChannelType.Slack, receiver), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(7), result.RetryAfter);
        Assert.Equal("The channel answered 429 Too Many Requests: rate_limited.", result.Error);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(408)]
    public async Task Send_ServerErrorOrRequestTimeout_IsRetryLater(int status)
    {
        await using var receiver = await StartAsync(null, context => Answer(context, status));
        using var http = new HttpClient();

        var result = await new DiscordSender(http, TimeProvider.System).SendAsync(Target(AlertChannelType.Discord, receiver), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
        Assert.StartsWith($"The channel answered {status} ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NotFoundEchoingThePath_IsPermanentWithoutTheUrlOrToken()
    {
        await using var receiver = await StartAsync(null, context => Answer(context, 404, $"no_service for {context.Request.Path} ({context.Request.Host})"));
        using var http = new HttpClient();
        var target = Target(AlertChannelType.Slack, receiver);

        var result = await new SlackSender(http, TimeProvider.System).SendAsync(target, AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.StartsWith("The channel answered 404 Not Found: no_service for [redacted]", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("XyZsecretTokenValue123", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("/services/", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(target.Url!, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_SlackRefusesTheToken_IsPermanentNamingSlacksReason()
    {
        await using var receiver = await StartAsync(null, context => Answer(context, 403, "invalid_token"));
        using var http = new HttpClient();

        var result = await new SlackSender(http, TimeProvider.System).SendAsync(Target(AlertChannelType.Slack, receiver), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(new DeliveryResult(DeliveryOutcome.Permanent, "The channel answered 403 Forbidden: invalid_token."), result);
    }

    [Fact]
    public async Task Send_HtmlErrorPage_IsLeftOutOfTheMessage()
    {
        await using var receiver = await StartAsync(null, context => Answer(context, 400, "<html><body>Bad</body></html>", "text/html"));
        using var http = new HttpClient();

        var result = await new TeamsSender(http, TimeProvider.System).SendAsync(Target(AlertChannelType.Teams, receiver), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(new DeliveryResult(DeliveryOutcome.Permanent, "The channel answered 400 Bad Request."), result);
    }

    [Fact]
    public async Task Send_ReceiverNeverAnswers_IsRetryLaterAfterTheClientTimeout()
    {
        await using var receiver = await StartAsync(null, context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) };

        var result = await new WebhookSender(http, TimeProvider.System).SendAsync(Target(AlertChannelType.Webhook, receiver), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
        Assert.Equal("The channel did not answer within 0.5 s.", result.Error);
    }

    [Fact]
    public async Task Send_CallerCancels_ThrowsOperationCanceled()
    {
        await using var receiver = await StartAsync(null, context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        using var http = new HttpClient();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new SlackSender(http, TimeProvider.System).SendAsync(Target(AlertChannelType.Slack, receiver), AlertMessages.Immediate(), cancellation.Token));
    }

    [Fact]
    public async Task Send_ClosedPort_IsRetryLater()
    {
        using var http = new HttpClient();
        var target = new ChannelTarget(AlertChannelType.Slack, $"http://127.0.0.1:{ClosedPort()}/services/{Token}", null, null);

        var result = await new SlackSender(http, TimeProvider.System).SendAsync(target, AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
        Assert.DoesNotContain(Token, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://169.254.169.254/x")]
    [InlineData("http://[fe80::1]/hook")]
    [InlineData("file:///etc/passwd")]
    public async Task Send_ForbiddenUrl_IsPermanentWithoutAnyRequest(string url)
    {
        var counter = new CountingHandler();
        using var http = new HttpClient(counter);

        var result = await new WebhookSender(http, TimeProvider.System).SendAsync(
            new ChannelTarget(AlertChannelType.Webhook, url, "secret", null), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.StartsWith("The channel's URL must", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, counter.Requests);
    }

    [Fact]
    public async Task AddAlertSenders_ServerError_IsTriedOnceWithTheAlertsUserAgent()
    {
        var received = new ConcurrentQueue<Received>();
        await using var receiver = await StartAsync(received, context => Answer(context, 500));
        await using var provider = new ServiceCollection().AddAlertSenders().BuildServiceProvider();
        var slack = provider.GetServices<IAlertSender>().Single(sender => sender.Type == AlertChannelType.Slack);

        var result = await slack.SendAsync(Target(AlertChannelType.Slack, receiver), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.RetryLater, result.Outcome);
        var request = Assert.Single(received);
        Assert.Equal(AlertHttp.UserAgent, request.Headers["User-Agent"]);
    }

    [Fact]
    public async Task AddAlertSenders_Redirect_IsNotFollowed()
    {
        var received = new ConcurrentQueue<Received>();
        await using var receiver = await StartAsync(received, context =>
        {
            context.Response.Headers.Location = "/elsewhere";
            return Answer(context, 307);
        });
        await using var provider = new ServiceCollection().AddAlertSenders().BuildServiceProvider();
        var teams = provider.GetServices<IAlertSender>().Single(sender => sender.Type == AlertChannelType.Teams);

        var result = await teams.SendAsync(Target(AlertChannelType.Teams, receiver), AlertMessages.Immediate(), Cancellation);

        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Single(received);
    }

    private static ChannelTarget Target(AlertChannelType type, FakeBoard receiver) =>
        new(type, $"{receiver.BaseUrl}/services/{Token}", null, null);

    private static async Task<FakeBoard> StartAsync(ConcurrentQueue<Received>? received, Func<HttpContext, Task> answer) =>
        await FakeBoard.StartAsync(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            received?.Enqueue(new Received(
                context.Request.Method,
                context.Request.Path.Value ?? "",
                context.Request.ContentType,
                context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body.ToArray()));
            await answer(context);
        });

    private static Task Answer(HttpContext context, int status, string? body = null, string contentType = "text/plain")
    {
        context.Response.StatusCode = status;
        if (body is null)
        {
            return Task.CompletedTask;
        }

        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Received(string Method, string Path, string? ContentType, Dictionary<string, string> Headers, byte[] Body);

    private sealed class CountingHandler : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
