using System.Collections.Concurrent;
using System.Net;
using JobSentinel.Tests.TestDoubles;
using Microsoft.AspNetCore.Http;

namespace JobSentinel.Tests.Integration.Health;

/// <summary>SPEC §5: the llm component probes the OpenAI-compatible <c>GET {BaseUrl}/models</c>; not configured is healthy.</summary>
public sealed class LlmHealthTests
{
    private const string Key = "sk-test-secret-4f9a1c";
    private const string ModelsJson = """{"object":"list","data":[{"id":"gpt-4o-mini","object":"model"},{"id":"llama3","object":"model"}]}""";

    private static JobSentinelFactory Start(TempDirectory directory, FakeBoard? primary, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>();
        if (primary is not null)
        {
            settings["JobSentinel:Llm:Primary:BaseUrl"] = primary.BaseUrl + "/v1";
            settings["JobSentinel:Llm:Primary:Model"] = "gpt-4o-mini";
            settings["JobSentinel:Llm:Primary:ApiKey"] = Key;
        }

        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return new JobSentinelFactory(directory.Path, settings: settings);
    }

    private static Task<FakeBoard> OpenAiAsync(ConcurrentQueue<string>? authorizations = null, int status = 200, TimeSpan? delay = null, string body = ModelsJson) =>
        FakeBoard.StartAsync(async context =>
        {
            authorizations?.Enqueue(context.Request.Headers.Authorization.ToString());
            if (delay is { } wait)
            {
                await Task.Delay(wait, context.RequestAborted);
            }

            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(status == 200 ? body : """{"error":{"message":"boom"}}""");
        });

    [Fact]
    public async Task NotConfigured_IsHealthy()
    {
        using var directory = new TempDirectory();
        await using var factory = Start(directory, null);
        using var client = factory.CreateClient();

        var (code, check) = await client.GetCheckAsync("llm");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("healthy", check.Status());
        Assert.StartsWith("Not configured", check.Description(), StringComparison.Ordinal);
        Assert.False(check.Data("configured").GetBoolean());
    }

    [Fact]
    public async Task ProviderAnswers_IsHealthy_SendsTheKeyButNeverShowsIt_AndCachesTheProbe()
    {
        using var directory = new TempDirectory();
        ConcurrentQueue<string> authorizations = new();
        await using var provider = await OpenAiAsync(authorizations);
        await using var factory = Start(directory, provider);
        using var client = factory.CreateClient();

        var (code, check) = await client.GetCheckAsync("llm");
        await client.GetCheckAsync("llm");
        var apis = await client.GetStringAsync("/api/v1/health/apis", TestContext.Current.CancellationToken);
        var detailed = await client.GetStringAsync("/api/v1/health/detailed", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("healthy", check.Status());
        Assert.True(check.Data("primary").GetProperty("ok").GetBoolean());
        Assert.Equal(["GET /v1/models"], provider.Requests);
        Assert.Equal([$"Bearer {Key}"], authorizations);
        Assert.Contains("\"llm\"", apis, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, detailed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProviderAnswers500_IsDegradedWithTheStatus()
    {
        using var directory = new TempDirectory();
        await using var provider = await OpenAiAsync(status: 500);
        await using var factory = Start(directory, provider);
        using var client = factory.CreateClient();

        var (code, check) = await client.GetCheckAsync("llm");
        using var overall = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("degraded", check.Status());
        Assert.Equal("The primary LLM provider answered 500 Internal Server Error to GET /models.", check.Description());
        Assert.Equal(HttpStatusCode.OK, overall.StatusCode);
    }

    [Fact]
    public async Task ProviderTooSlow_IsDegradedAfterTheProbeTimeout()
    {
        using var directory = new TempDirectory();
        await using var provider = await OpenAiAsync(delay: TimeSpan.FromSeconds(30));
        await using var factory = Start(directory, provider, new() { ["JobSentinel:Llm:ProbeTimeoutSeconds"] = "1" });
        using var client = factory.CreateClient();

        var started = DateTime.UtcNow;
        var (_, check) = await client.GetCheckAsync("llm");

        Assert.Equal("degraded", check.Status());
        Assert.Equal("The primary LLM provider did not answer within 1 s.", check.Description());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ModelNotOffered_AndBackupUnreachable_AreBothReported()
    {
        using var directory = new TempDirectory();
        await using var provider = await OpenAiAsync();
        await using var factory = Start(directory, provider, new()
        {
            ["JobSentinel:Llm:Primary:Model"] = "gpt-5-imaginary",
            ["JobSentinel:Llm:Backup:BaseUrl"] = $"http://127.0.0.1:{AppProcess.FreePort()}/v1",
            ["JobSentinel:Llm:Backup:Model"] = "llama3",
        });
        using var client = factory.CreateClient();

        var (_, check) = await client.GetCheckAsync("llm");

        Assert.Equal("degraded", check.Status());
        Assert.StartsWith("The primary LLM provider does not offer the model 'gpt-5-imaginary'. The backup LLM provider could not be reached",
            check.Description(), StringComparison.Ordinal);
    }
}
