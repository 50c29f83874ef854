using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 for the LLM gateway: <c>POST /v1/chat/completions</c> and
/// <c>GET /v1/models</c>. Point a provider at <see cref="BaseUrl"/> (it ends in <c>/v1</c>).
/// <para>
/// Scripting: <see cref="Enqueue"/> answers for the next chat requests in order (<see cref="Reply"/> with usage,
/// <see cref="Status"/> 429/500..., <see cref="Delay"/> beyond the client's timeout, <see cref="Malformed"/> JSON,
/// <see cref="Empty"/> content); once the queue is empty, <see cref="Default"/> answers (a reply "Generated text.").
/// Every chat request is recorded in <see cref="Chats"/> (model, system and user text, raw body).
/// </para>
/// <code>
/// await using var llm = await FakeOpenAi.StartAsync();
/// llm.Enqueue(FakeOpenAi.Status(429), FakeOpenAi.Reply("Hello", promptTokens: 100, completionTokens: 20));
/// settings["JobSentinel:Llm:Primary:BaseUrl"] = llm.BaseUrl; settings["JobSentinel:Llm:Primary:Model"] = "gpt-test";
/// </code>
/// </summary>
public sealed class FakeOpenAi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Answer> _script = new();

    private FakeOpenAi(WebApplication app, string root)
    {
        _app = app;
        BaseUrl = root + "/v1";
    }

    /// <summary>How the server answers one chat request.</summary>
    public abstract record Answer;

    /// <summary>200 with <paramref name="Text"/> as the assistant message and the given usage (null: no usage block).</summary>
    public sealed record ReplyAnswer(string Text, int? PromptTokens, int? CompletionTokens) : Answer;

    /// <summary>An error status with an OpenAI-style error body.</summary>
    public sealed record StatusAnswer(int Code) : Answer;

    /// <summary>Waits, then answers <paramref name="Then"/> (if the client is still there).</summary>
    public sealed record DelayAnswer(TimeSpan Wait, Answer Then) : Answer;

    /// <summary>200 with a body that is not JSON.</summary>
    public sealed record MalformedAnswer : Answer;

    /// <summary>The base URL a provider takes, e.g. <c>http://127.0.0.1:41234/v1</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>The model ids <c>GET /v1/models</c> lists.</summary>
    public IReadOnlyList<string> Models { get; set; } = ["gpt-test", "gpt-backup"];

    /// <summary>The answer once the script is used up.</summary>
    public Answer Default { get; set; } = Reply("Generated text.");

    /// <summary>Every chat request received, in order.</summary>
    public ConcurrentQueue<ChatRequest> Chats { get; } = new();

    public int ChatCount => Chats.Count;

    public static Answer Reply(string text, int? promptTokens = 100, int? completionTokens = 20) => new ReplyAnswer(text, promptTokens, completionTokens);

    public static Answer Status(int code) => new StatusAnswer(code);

    public static Answer Delay(TimeSpan wait, Answer? then = null) => new DelayAnswer(wait, then ?? Reply("Too late."));

    public static Answer Malformed() => new MalformedAnswer();

    public static Answer Empty() => new ReplyAnswer("", 10, 0);

    /// <summary>Answers for the next chat requests, in order.</summary>
    public void Enqueue(params Answer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public static async Task<FakeOpenAi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeOpenAi? server = null;
        app.MapGet("/v1/models", () => Results.Json(new { @object = "list", data = server!.Models.Select(m => new { id = m, @object = "model" }) }));
        app.MapPost("/v1/chat/completions", (HttpContext context) => server!.ChatAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeOpenAi(app, address.TrimEnd('/'));
        return server;
    }

    private async Task ChatAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Chats.Enqueue(ChatRequest.Parse(body, context.Request.Headers.Authorization.ToString()));
        var answer = _script.TryDequeue(out var next) ? next : Default;
        await WriteAsync(context, answer, JsonNode.Parse(body)?["model"]?.GetValue<string>() ?? "unknown");
    }

    private static async Task WriteAsync(HttpContext context, Answer answer, string model)
    {
        switch (answer)
        {
            case DelayAnswer delay:
                try
                {
                    await Task.Delay(delay.Wait, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                await WriteAsync(context, delay.Then, model);
                return;
            case StatusAnswer status:
                context.Response.StatusCode = status.Code;
                await context.Response.WriteAsJsonAsync(new { error = new { message = $"fake error {status.Code}", type = "fake", code = status.Code } });
                return;
            case MalformedAnswer:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"id\":\"chatcmpl-1\",\"choices\":[{\"message\":{\"content\":\"unterminated");
                return;
            case ReplyAnswer reply:
                var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                var json = new JsonObject
                {
                    ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N")[..12],
                    ["object"] = "chat.completion",
                    ["created"] = created,
                    ["model"] = model,
                    ["choices"] = new JsonArray(new JsonObject
                    {
                        ["index"] = 0,
                        ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Text },
                        ["finish_reason"] = "stop",
                    }),
                };
                if (reply.PromptTokens is { } prompt && reply.CompletionTokens is { } completion)
                {
                    json["usage"] = new JsonObject { ["prompt_tokens"] = prompt, ["completion_tokens"] = completion, ["total_tokens"] = prompt + completion };
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(json.ToJsonString());
                return;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>One chat request as received: the model, the system and user messages, the raw body and the Authorization header.</summary>
    public sealed record ChatRequest(string Model, string System, string User, string Body, string Authorization)
    {
        internal static ChatRequest Parse(string body, string authorization)
        {
            var root = JsonNode.Parse(body)!;
            string Text(string role) => string.Join("\n", root["messages"]!.AsArray()
                .Where(m => m?["role"]?.GetValue<string>() == role)
                .Select(m => m!["content"] switch
                {
                    JsonValue value => value.GetValue<string>(),
                    JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
                    _ => "",
                }));
            return new ChatRequest(root["model"]?.GetValue<string>() ?? "", Text("system"), Text("user"), body, authorization);
        }
    }
}
