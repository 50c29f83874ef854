using System.Net;
using System.Text.Json;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.BackgroundJobs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Discovery;

/// <summary>Boards that misbehave: each failure is readable, counted by the circuit breaker, and isolated.</summary>
public sealed class BoardFailureTests
{
    private static async Task<(JobSentinelFactory Factory, HttpClient Api)> StartAsync(TempDirectory directory, Dictionary<string, string?>? settings = null)
    {
        var factory = new JobSentinelFactory(directory.Path, settings: ScrapeApi.FastScraping(settings));
        return (factory, factory.CreateApiClient());
    }

    private static async Task<int> GreenhouseSourceAsync(HttpClient api, FakeBoard board, string name = "Acme") =>
        (await api.CreateSourceAsync(new { name, type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();

    [Fact]
    public async Task TooManyRequests_WithRetryAfter_IsRetriedAndSucceeds()
    {
        using var directory = new TempDirectory();
        var (factory, api) = await StartAsync(directory);
        await using var _ = factory;
        var calls = 0;
        await using var board = await FakeBoard.StartAsync(context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "1";
                return Task.CompletedTask;
            }

            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(BoardPayloads.Greenhouse(BoardPayloads.Many(2)));
        });
        var id = await GreenhouseSourceAsync(api, board);

        var started = DateTime.UtcNow;
        var run = await api.RunAndWaitAsync(id);

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(2, run.GetProperty("requests").GetInt32());
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(1), "The retry did not wait for Retry-After.");
    }

    [Fact]
    public async Task TooManyRequests_RetryAfterBeyondTheCap_FailsWithTheWaitInTheError()
    {
        using var directory = new TempDirectory();
        var (factory, api) = await StartAsync(directory);
        await using var _ = factory;
        await using var board = await FakeBoard.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });

        var run = await api.RunAndWaitAsync(await GreenhouseSourceAsync(api, board));

        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Equal("Greenhouse answered 429 Too Many Requests: rate limited, retry after 3600 s.", run.GetProperty("error").GetString());
        Assert.Equal(1, board.RequestCount);
    }

    [Fact]
    public async Task ServerErrors_OpenTheCircuitAfterThreeRuns_AndATrialRunClosesIt()
    {
        using var directory = new TempDirectory();
        var (factory, api) = await StartAsync(directory, new() { ["JobSentinel:Scraping:MaxRetries"] = "1", ["JobSentinel:Scraping:CircuitCoolDownMinutes"] = "5" });
        await using var _ = factory;
        var healthy = false;
        await using var board = await FakeBoard.StartAsync(context =>
        {
            if (!healthy)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            }

            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(BoardPayloads.Greenhouse(BoardPayloads.Many(1)));
        });
        var id = await GreenhouseSourceAsync(api, board);

        for (var i = 1; i <= 3; i++)
        {
            var failed = await api.RunAndWaitAsync(id);
            Assert.Equal("failed", failed.GetProperty("status").GetString());
            Assert.Equal("Greenhouse answered 503 Service Unavailable.", failed.GetProperty("error").GetString());
            Assert.Equal(i < 3 ? "closed" : "open", (await api.GetJsonAsync($"/api/v1/sources/{id}")).GetProperty("circuitState").GetString());
        }

        Assert.Contains("circuit_breaker_state{source=\"Acme\"} 2", await api.GetStringAsync("/metrics"), StringComparison.Ordinal);
        Assert.Contains("jobs_scraped_errors_total{source=\"Acme\"} 3", await api.GetStringAsync("/metrics"), StringComparison.Ordinal);
        using (var health = await api.GetAsync("/api/v1/health/sources"))
        {
            using var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            Assert.Equal("degraded", report.RootElement.GetProperty("status").GetString());
        }

        // While open, the schedule skips the source: no run is recorded, the board is not called.
        var requestsBefore = board.RequestCount;
        await factory.Services.GetRequiredService<ScheduledScrapeJob>().RunAsync(id, CancellationToken.None);
        Assert.Equal(3, (await api.GetJsonAsync($"/api/v1/sources/{id}/runs")).GetProperty("total").GetInt32());
        Assert.Equal(requestsBefore, board.RequestCount);

        // "Run now" is the trial run: success closes the circuit.
        healthy = true;
        var trial = await api.RunAndWaitAsync(id);
        Assert.Equal("completed", trial.GetProperty("status").GetString());
        Assert.Equal("closed", (await api.GetJsonAsync($"/api/v1/sources/{id}")).GetProperty("circuitState").GetString());
    }

    [Fact]
    public async Task OpenCircuit_AfterTheCoolDown_IsHalfOpenAndAFailedTrialReopensIt()
    {
        using var directory = new TempDirectory();
        var (factory, api) = await StartAsync(directory, new() { ["JobSentinel:Scraping:MaxRetries"] = "0", ["JobSentinel:Scraping:CircuitCoolDownMinutes"] = "0" });
        await using var _ = factory;
        await using var board = await FakeBoard.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        var id = await GreenhouseSourceAsync(api, board);
        for (var i = 0; i < 3; i++)
        {
            await api.RunAndWaitAsync(id);
        }

        Assert.Equal("halfOpen", (await api.GetJsonAsync($"/api/v1/sources/{id}")).GetProperty("circuitState").GetString());

        // With the cool-down over, the schedule lets one trial run through; it fails and reopens at once.
        await factory.Services.GetRequiredService<ScheduledScrapeJob>().RunAsync(id, CancellationToken.None);
        var runs = await api.GetJsonAsync($"/api/v1/sources/{id}/runs");
        await api.WaitForRunAsync(runs.GetProperty("items")[0].GetProperty("id").GetInt64());
        var source = await api.GetJsonAsync($"/api/v1/sources/{id}");
        Assert.Equal(4, source.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(4, (await api.GetJsonAsync($"/api/v1/sources/{id}/runs")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("text/html", "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>",
        "Greenhouse answered with an HTML page instead of JSON (a Cloudflare check or an error page).")]
    [InlineData("application/json", "{\"jobs\": [ {\"id\": 1, ", "malformed JSON")]
    [InlineData("application/json", "[1, 2, 3]", "Greenhouse")]
    public async Task UnexpectedPayload_FailsTheRunWithAReadableError(string contentType, string body, string expectedError)
    {
        using var directory = new TempDirectory();
        var (factory, api) = await StartAsync(directory);
        await using var _ = factory;
        await using var board = await FakeBoard.StartAsync(context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(body);
        });

        var run = await api.RunAndWaitAsync(await GreenhouseSourceAsync(api, board));

        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Contains(expectedError, run.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await api.GetJsonAsync("/api/v1/sources")).GetProperty("items")[0].GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public async Task Forbidden_IsAFailureNamingTheRefusal()
    {
        using var directory = new TempDirectory();
        var (factory, api) = await StartAsync(directory);
        await using var _ = factory;
        await using var board = await FakeBoard.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        });

        var run = await api.RunAndWaitAsync(await GreenhouseSourceAsync(api, board));

        Assert.Equal("Greenhouse answered 403 Forbidden: it refuses this client (blocked, or a wrong or missing API key).", run.GetProperty("error").GetString());
        Assert.Equal(1, board.RequestCount); // 403 is not retried
    }

    [Fact]
    public async Task SlowBoard_HitsTheTimeoutWhileOthersFinish()
    {
        using var directory = new TempDirectory();
        var (factory, api) = await StartAsync(directory, new() { ["JobSentinel:Scraping:RequestTimeoutSeconds"] = "1", ["JobSentinel:Scraping:MaxRetries"] = "0" });
        await using var _ = factory;
        await using var slow = await FakeBoard.StartAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            await context.Response.WriteAsync("{}");
        });
        await using var fast = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(BoardPayloads.Many(3)));
        var slowId = await GreenhouseSourceAsync(api, slow, "Slow");
        var fastId = await GreenhouseSourceAsync(api, fast, "Fast");

        var slowRun = await api.StartRunAsync(slowId);
        var fastRun = await api.StartRunAsync(fastId);

        var fastResult = await api.WaitForRunAsync(fastRun);
        var slowResult = await api.WaitForRunAsync(slowRun);
        Assert.Equal("completed", fastResult.GetProperty("status").GetString());
        Assert.Equal(3, fastResult.GetProperty("jobsNew").GetInt32());
        Assert.Equal("failed", slowResult.GetProperty("status").GetString());
        Assert.Equal($"Greenhouse did not answer in time ({slow.BaseAddress.Host}).", slowResult.GetProperty("error").GetString());
        Assert.True(fastResult.GetProperty("finishedAt").GetDateTime() < slowResult.GetProperty("finishedAt").GetDateTime());
    }

    [Fact]
    public async Task SmartRecruiters_UnknownCompany_IsAConfigurationError()
    {
        using var directory = new TempDirectory();
        var (factory, api) = await StartAsync(directory);
        await using var _ = factory;
        await using var board = await FakeBoard.JsonAsync("/v1/companies/nosuchco/postings", () => """{"offset":0,"limit":100,"totalFound":0,"content":[]}""");
        var id = (await api.CreateSourceAsync(new { name = "Nope", type = "smartrecruiters", board = "nosuchco", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();

        var run = await api.RunAndWaitAsync(id);

        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Contains("check the company id", run.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableBoard_IsAFailureNamingTheHost()
    {
        using var directory = new TempDirectory();
        var (factory, api) = await StartAsync(directory, new() { ["JobSentinel:Scraping:MaxRetries"] = "0" });
        await using var _ = factory;
        var port = AppProcess.FreePort(); // nothing listens there

        var id = (await api.CreateSourceAsync(new { name = "Gone", type = "greenhouse", board = "acme", baseUrl = $"http://127.0.0.1:{port}" })).GetProperty("id").GetInt32();
        var run = await api.RunAndWaitAsync(id);

        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.StartsWith("Greenhouse could not be reached at 127.0.0.1", run.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
