using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JobSentinel.Tests.TestDoubles;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobSentinel.Tests.Integration;

public sealed class ApiSecurityTests : IAsyncLifetime
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

    [Theory]
    [InlineData("/api/v1/admin/audit")]
    [InlineData("/api/v1/admin/api-keys")]
    [InlineData("/api/v1/does-not-exist")]
    [InlineData("/api/v1/jobs/42")]
    [InlineData("/api/v2/whatever")]
    public async Task Api_WithoutKey_Is401ProblemWhetherOrNotTheRouteExists(string path)
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-API-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_WrongKey_Is401AndAudited()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-Key", "jsk_wrong");

        using var response = await client.PostAsync("/api/v1/admin/api-keys", JsonContent.Create(new { name = "x" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var api = _factory.CreateApiClient();
        var audit = await api.GetStringAsync("/api/v1/admin/audit?kind=apikey.rejected", TestContext.Current.CancellationToken);
        Assert.Contains("invalid key for POST /api/v1/admin/api-keys", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("jsk_wrong", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_ValidKeyOnUnknownRoute_Is404ProblemDetails()
    {
        using var client = _factory.CreateApiClient();

        using var response = await client.GetAsync("/api/v1/does-not-exist", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_LoginCookieAlone_IsNeverAccepted()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await BrowserlessLogin.SignInAsync(client, JobSentinelFactory.AdminPassword);
        using (var page = await client.GetAsync("/", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode); // the cookie works for the UI
        }

        using var response = await client.GetAsync("/api/v1/admin/audit", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task ApiKeys_CreateUseListRevoke()
    {
        using var admin = _factory.CreateApiClient();

        using var created = await admin.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "deploy script" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var createdJson = JsonDocument.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var id = createdJson.RootElement.GetProperty("id").GetInt32();
        var key = createdJson.RootElement.GetProperty("key").GetString()!;

        using var script = _factory.CreateClient();
        script.DefaultRequestHeaders.Add("X-API-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/admin/audit", TestContext.Current.CancellationToken)).StatusCode);

        var list = await admin.GetStringAsync("/api/v1/admin/api-keys", TestContext.Current.CancellationToken);
        using var listJson = JsonDocument.Parse(list);
        var listed = listJson.RootElement.GetProperty("items").EnumerateArray().Single(k => k.GetProperty("id").GetInt32() == id);
        Assert.Equal("deploy script", listed.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.String, listed.GetProperty("lastUsedAt").ValueKind);
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/api-keys/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/admin/audit", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/admin/api-keys/{id}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ApiKeys_CreateWithoutName_Is400NamingTheField()
    {
        using var admin = _factory.CreateApiClient();

        using var response = await admin.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "  " }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("name", out _));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task ApiKeys_MalformedBody_Is400ProblemWithoutStackTrace(string body)
    {
        using var admin = _factory.CreateApiClient();

        using var response = await admin.PostAsync("/api/v1/admin/api-keys", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_InvalidPaging_Is400()
    {
        using var admin = _factory.CreateApiClient();

        using var response = await admin.GetAsync("/api/v1/admin/audit?page=0&pageSize=100000", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("pageSize", text, StringComparison.Ordinal);
        Assert.Contains("page", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_ListsInTheSpecListShape()
    {
        using var admin = _factory.CreateApiClient();

        using var json = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/admin/audit?pageSize=2", TestContext.Current.CancellationToken));

        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(2, root.GetProperty("pageSize").GetInt32());
        Assert.True(root.GetProperty("total").GetInt32() >= 2); // admin created, bootstrap key created
        Assert.Equal(2, root.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/api/v1/admin/audit")]
    [InlineData("/login")]
    [InlineData("/no-such-page")]
    [InlineData("/css/app.css")]
    public async Task EveryResponse_CarriesSecurityHeaders(string path)
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task RequestId_IsEchoedAndInProblemDetails()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Request-Id", "trace-me-123");

        using var response = await client.GetAsync("/api/v1/admin/audit", TestContext.Current.CancellationToken);

        Assert.Equal("trace-me-123", response.Headers.GetValues("X-Request-Id").Single());
        Assert.Contains("\"requestId\":\"trace-me-123\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestId_UnsafeIncomingValue_IsReplaced()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Request-Id", "<script>alert(1)</script>");

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Matches("^[0-9a-f]{32}$", response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task Health_ProtectedWhenConfigured()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, settings: new Dictionary<string, string?>
        {
            ["JobSentinel:Security:RequireApiKeyForHealth"] = "true",
            ["JobSentinel:Security:RequireApiKeyForMetrics"] = "true",
        });
        using var anonymous = factory.CreateClient();
        using var withKey = factory.CreateApiClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await withKey.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await withKey.GetAsync("/metrics", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Api_RateLimitPerKey_Answers429WithRetryAfter()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, settings: new Dictionary<string, string?>
        {
            ["JobSentinel:Security:ApiRequestsPerMinute"] = "3",
        });
        using var client = factory.CreateApiClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin/api-keys", TestContext.Current.CancellationToken)).StatusCode);
        }

        using var limited = await client.GetAsync("/api/v1/admin/api-keys", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
    }
}
