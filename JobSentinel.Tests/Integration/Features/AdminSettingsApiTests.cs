using System.Net;
using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Generation;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Features;

/// <summary><c>/api/v1/admin/feature-flags</c> and <c>/api/v1/admin/llm</c> through the real app: shapes, validation, masking, audit.</summary>
public sealed class AdminSettingsApiTests : IAsyncLifetime
{
    private const string Key = "sk-live-very-secret-7788";
    private readonly TempDirectory _directory = new();
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path);
        _api = _factory.CreateApiClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    private async Task<List<string>> AuditAsync(string kind) =>
        [.. (await _api.GetJsonAsync($"/api/v1/admin/audit?kind={kind}")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("detail").GetString()!)];

    [Fact]
    public async Task FeatureFlags_Get_ListsFlagsAndKillSwitches()
    {
        var body = await _api.GetJsonAsync("/api/v1/admin/feature-flags");

        var flags = body.GetProperty("flags").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal(["llm", "htmlScraping", "contactDiscovery", "digest"], flags.Keys);
        Assert.False(flags["contactDiscovery"].GetProperty("enabled").GetBoolean());
        Assert.Equal(100, flags["llm"].GetProperty("percentage").GetInt32());
        Assert.False(string.IsNullOrEmpty(flags["llm"].GetProperty("description").GetString()));
        Assert.Equal(["scraping", "alerts", "pipeline"], body.GetProperty("killSwitches").EnumerateArray().Select(k => k.GetProperty("name").GetString()));
        Assert.All(body.GetProperty("killSwitches").EnumerateArray(), k => Assert.False(k.GetProperty("paused").GetBoolean()));
    }

    [Fact]
    public async Task FeatureFlags_Put_ChangesAndAuditsEachChange()
    {
        var body = await _api.PutJsonAsync("/api/v1/admin/feature-flags",
            new { flags = new { llm = new { enabled = true, percentage = 50 } }, killSwitches = new { scraping = true } });

        var llm = body.GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "llm");
        Assert.Equal(50, llm.GetProperty("percentage").GetInt32());
        Assert.True(body.GetProperty("killSwitches").EnumerateArray().Single(k => k.GetProperty("name").GetString() == "scraping").GetProperty("paused").GetBoolean());
        var audit = await AuditAsync("featureFlag.changed");
        Assert.Contains("flag llm: on (100 %) → on (50 %)", audit);
        Assert.Contains("kill switch scraping: paused", audit);
    }

    [Fact]
    public async Task FeatureFlags_PutUnknownNamesOrBadPercentage_Answers400NamingThem_AndChangesNothing()
    {
        var (status, problem) = await _api.SendAsync(HttpMethod.Put, "/api/v1/admin/feature-flags",
            new { flags = new { llm = new { percentage = 150 }, teleport = new { enabled = true } }, killSwitches = new { everything = true, alerts = true } });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("flags.llm.percentage", out _));
        Assert.Contains("teleport", errors.GetProperty("flags.teleport")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("everything", errors.GetProperty("killSwitches.everything")[0].GetString(), StringComparison.Ordinal);
        var after = await _api.GetJsonAsync("/api/v1/admin/feature-flags");
        Assert.False(after.GetProperty("killSwitches").EnumerateArray().Single(k => k.GetProperty("name").GetString() == "alerts").GetProperty("paused").GetBoolean());
        Assert.Empty(await AuditAsync("featureFlag.changed"));
    }

    [Fact]
    public async Task Llm_GetNotConfigured_ShowsDefaultsAndUsage()
    {
        var body = await _api.GetJsonAsync("/api/v1/admin/llm");

        Assert.False(body.GetProperty("primary").GetProperty("configured").GetBoolean());
        Assert.True(body.GetProperty("redactContactDetails").GetBoolean());
        Assert.Equal(0, body.GetProperty("usage").GetProperty("costUsd").GetDouble());
        Assert.Equal(["closed", "closed"], body.GetProperty("usage").GetProperty("breakers").EnumerateArray().Select(b => b.GetProperty("state").GetString()));
    }

    [Theory]
    [InlineData("http://169.254.169.254/v1", "gpt", "primary.baseUrl")]
    [InlineData("ftp://llm.local/v1", "gpt", "primary.baseUrl")]
    [InlineData("http://127.0.0.1:11434/v1", "", "primary.model")]
    public async Task Llm_PutInvalidProvider_Answers400NamingTheField(string baseUrl, string model, string field)
    {
        var (status, problem) = await _api.SendAsync(HttpMethod.Put, "/api/v1/admin/llm", new { primary = new { baseUrl, model } });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.False((await _api.GetJsonAsync("/api/v1/admin/llm")).GetProperty("primary").GetProperty("configured").GetBoolean());
    }

    [Fact]
    public async Task Llm_PutBadNumbers_Answers400NamingEachField()
    {
        var (status, problem) = await _api.SendAsync(HttpMethod.Put, "/api/v1/admin/llm",
            new { timeoutSeconds = 0, monthlyCostCapUsd = -1, backup = new { baseUrl = "http://127.0.0.1:9/v1", model = "m", inputCostPer1M = -2 } });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "timeoutSeconds", "monthlyCostCapUsd", "backup.inputCostPer1M", "backup.baseUrl" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing in {errors}");
        }
    }

    [Fact]
    public async Task Llm_PutKey_IsStoredEncrypted_ShownMasked_NeverAudited_AndUsedForCalls()
    {
        await using var llm = await FakeOpenAi.StartAsync();

        var saved = await _api.PutJsonAsync("/api/v1/admin/llm", new
        {
            primary = new { baseUrl = llm.BaseUrl, model = "gpt-test", apiKey = Key, inputCostPer1M = 1.5 },
            monthlyCostCapUsd = 20,
        });
        var resent = await _api.PutJsonAsync("/api/v1/admin/llm", new { primary = new { apiKey = LlmSettingsService.Mask, outputCostPer1M = 6 } });
        var raw = await _api.GetStringAsync("/api/v1/admin/llm", TestContext.Current.CancellationToken);

        Assert.Equal(LlmSettingsService.Mask, saved.GetProperty("primary").GetProperty("apiKey").GetString());
        Assert.Equal(6, resent.GetProperty("primary").GetProperty("outputCostPer1M").GetDouble());
        Assert.Equal(20, resent.GetProperty("monthlyCostCapUsd").GetDouble());
        Assert.DoesNotContain(Key, raw, StringComparison.Ordinal);
        await using (var context = await _factory.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var stored = await context.Settings.AsNoTracking().SingleAsync(s => s.Key == LlmSettingsService.SettingKey, TestContext.Current.CancellationToken);
            Assert.DoesNotContain(Key, stored.Value, StringComparison.Ordinal);
        }

        var audit = await AuditAsync("setting.changed");
        Assert.Contains(audit, a => a.Contains("primary.apiKey changed", StringComparison.Ordinal) && a.Contains("primary.model: (none) → gpt-test", StringComparison.Ordinal));
        Assert.All(audit, a => Assert.DoesNotContain(Key, a, StringComparison.Ordinal));

        var outcome = await _factory.Services.GetRequiredService<ITextGenerator>().GenerateAsync(
            new LlmRequest("coverLetter", "system", "user"), TestContext.Current.CancellationToken);
        Assert.Equal("llm:primary (gpt-test)", outcome.Provider);
        Assert.Equal($"Bearer {Key}", Assert.Single(llm.Chats).Authorization);
        var usage = (await _api.GetJsonAsync("/api/v1/admin/llm")).GetProperty("usage");
        Assert.Equal(1, usage.GetProperty("calls").GetInt32());
        Assert.True(usage.GetProperty("costUsd").GetDouble() > 0);
    }

    [Fact]
    public async Task Llm_HealthCheck_ProbesTheProviderSetInTheApp()
    {
        await using var llm = await FakeOpenAi.StartAsync();
        await _api.PutJsonAsync("/api/v1/admin/llm", new { primary = new { baseUrl = llm.BaseUrl, model = "gpt-test" } });

        var health = JsonDocument.Parse(await _api.GetStringAsync("/api/v1/health/llm", TestContext.Current.CancellationToken)).RootElement;

        Assert.Contains("gpt-test", health.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, llm.ChatCount);
    }

    [Fact]
    public async Task Llm_Preview_ShowsTheRedactedTextAndSendsNothing()
    {
        await using var llm = await FakeOpenAi.StartAsync();
        await _api.PutJsonAsync("/api/v1/admin/llm", new { primary = new { baseUrl = llm.BaseUrl, model = "gpt-test" } });

        var preview = await _api.PostJsonAsync("/api/v1/admin/llm/preview",
            new { system = "You write letters.", user = "I am Ana (ana@example.com, +49 30 1234 5678), see https://ana.dev." });
        var (status, problem) = await _api.SendAsync(HttpMethod.Post, "/api/v1/admin/llm/preview", new { purpose = "x" });

        Assert.Equal("I am Ana ([email], [phone]), see [url].", preview.GetProperty("user").GetString());
        Assert.Equal("You write letters.\n\nI am Ana ([email], [phone]), see [url].", preview.GetProperty("sent").GetString());
        Assert.True(preview.GetProperty("wouldCallProvider").GetBoolean());
        Assert.Equal(0, llm.ChatCount);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("user", out _));
    }
}
