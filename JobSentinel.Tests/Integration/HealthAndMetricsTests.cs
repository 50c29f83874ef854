using System.Net;
using System.Text.Json;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration;

public sealed class HealthAndMetricsTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private JobSentinelFactory _factory = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Health_FreshInstall_IsHealthyWithoutAKey()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"healthy"}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Live_AnswersOk()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/health")]
    [InlineData("/api/v1/health/detailed")]
    public async Task Detailed_ListsEveryFoundationComponentInTheSpecShape(string path)
    {
        using var client = _factory.CreateClient();

        using var document = await GetJsonAsync(client, path);

        var root = document.RootElement;
        Assert.Equal("healthy", root.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("version").GetString()));
        var checks = root.GetProperty("checks");
        foreach (var name in new[] { "database", "hangfire", "disk" })
        {
            var check = checks.GetProperty(name);
            Assert.Equal("healthy", check.GetProperty("status").GetString());
            Assert.False(string.IsNullOrEmpty(check.GetProperty("description").GetString()));
            Assert.True(check.GetProperty("durationMs").GetDouble() >= 0);
            Assert.Equal(JsonValueKind.Object, check.GetProperty("data").ValueKind);
        }

        Assert.True(checks.GetProperty("database").GetProperty("data").GetProperty("sizeBytes").GetInt64() > 0);
        Assert.True(checks.GetProperty("hangfire").GetProperty("data").GetProperty("servers").GetInt32() >= 1);
        Assert.True(checks.GetProperty("disk").GetProperty("data").GetProperty("freeBytes").GetInt64() > 0);
    }

    [Fact]
    public async Task One_NamedComponent_AnswersOnlyThatCheck()
    {
        using var client = _factory.CreateClient();

        using var document = await GetJsonAsync(client, "/api/v1/health/database");

        var checks = document.RootElement.GetProperty("checks");
        Assert.Equal(["database"], checks.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task One_Apis_IsHealthyWhenNothingExternalIsConfigured()
    {
        using var client = _factory.CreateClient();

        using var document = await GetJsonAsync(client, "/api/v1/health/apis");

        Assert.Equal("healthy", document.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task One_UnknownComponent_Is404ProblemDetails()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/health/flux-capacitor", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("flux-capacitor", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_GivesVersionCommitAndBuildDate()
    {
        using var client = _factory.CreateClient();

        using var document = await GetJsonAsync(client, "/api/v1/version");

        var root = document.RootElement;
        Assert.Matches(@"^\d+\.\d+\.\d+", root.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("commit").GetString()));
        Assert.True(root.GetProperty("buildDate").GetDateTime() > new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("/metrics")]
    [InlineData("/api/v1/monitoring/metrics")]
    public async Task Metrics_ExportHttpAndRuntimeMetricsInPrometheusFormat(string path)
    {
        using var client = _factory.CreateClient();
        await client.GetAsync("/health", TestContext.Current.CancellationToken);

        var text = await client.GetStringAsync(path, TestContext.Current.CancellationToken);

        Assert.Contains("# TYPE http_requests_total counter", text, StringComparison.Ordinal);
        Assert.Contains("http_requests_total{method=\"GET\",route=\"/health\",status=\"200\"}", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE http_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("http_request_duration_seconds_bucket{method=\"GET\",route=\"/health\",le=\"0.005\"}", text, StringComparison.Ordinal);
        Assert.Contains("process_working_set_bytes", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_collection_count_total", text, StringComparison.Ordinal);
        Assert.Contains("rate_limit_rejections_total{policy=\"login\"} 0", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_UnknownPathsShareOneRouteLabel()
    {
        using var client = _factory.CreateApiClient();
        await client.GetAsync("/api/v1/nothing-here/123456", TestContext.Current.CancellationToken);
        await client.GetAsync("/api/v1/nothing-here/654321", TestContext.Current.CancellationToken);

        var text = await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("123456", text, StringComparison.Ordinal);
        Assert.Contains("route=\"unmatched\",status=\"404\"} 2", text, StringComparison.Ordinal);
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
