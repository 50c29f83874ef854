using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Core.Diagnostics.Logs;
using JobSentinel.Tests.TestDoubles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Tests.Integration.Operations;

/// <summary>The real app writes its log files in the data directory; the errors summary reads them back.</summary>
public sealed class LogFilesTests
{
    [Fact]
    public async Task FailedRequest_IsWrittenToTodaysFile_WithItsRequestId()
    {
        using var directory = new TempDirectory();
        await using (var factory = new JobSentinelFactory(directory.Path, services => services.AddSingleton<IStartupFilter, ThrowingEndpointFilter>()))
        {
            using var client = factory.CreateApiClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/boom");
            request.Headers.Add("X-Request-Id", "req-log-42");

            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        }

        var file = Assert.Single(Directory.GetFiles(directory.Combine("logs"), LogFiles.SearchPattern));
        Assert.Equal($"jobsentinel-{DateTime.Now:yyyyMMdd}.clef", Path.GetFileName(file));
        var events = File.ReadAllLines(file).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var failure = Assert.Single(events, e => e.TryGetProperty("RequestId", out var id) && id.GetString() == "req-log-42"
            && e.TryGetProperty("@l", out var level) && level.GetString() == "Error");
        Assert.Contains("secret internal detail", failure.GetProperty("@x").GetString(), StringComparison.Ordinal);
        Assert.All(events, e => Assert.True(e.TryGetProperty("@t", out _) && e.TryGetProperty("@mt", out _)));
    }

    [Fact]
    public async Task ErrorsEndpoint_GroupsTheRealLoggersEventsByTemplate()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path);
        using var client = factory.CreateApiClient();
        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("JobSentinel.Probe");

#pragma warning disable CA1848, CA2254 // The test writes through the public logging API like any caller would.
        logger.LogError("Scrape of {Source} failed with {Status}", "acme", 502);
        logger.LogError("Scrape of {Source} failed with {Status}", "globex", 503);
        logger.LogError("Scrape of {Source} failed with {Status}", "initech", 504);
        logger.LogCritical("Disk {Percent}% full", 97);
        logger.LogWarning("Slow answer from {Source}", "acme");
        logger.LogWarning("Slow answer from {Source}", "globex");
        logger.LogInformation("Scrape of {Source} done", "acme");
#pragma warning restore CA1848, CA2254

        var summary = await client.GetFromJsonAsync<JsonElement>("/api/v1/admin/errors?hours=24", TestContext.Current.CancellationToken);

        var errors = summary.GetProperty("errors").EnumerateArray().Where(g => g.GetProperty("source").GetString() == "JobSentinel.Probe").ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("Scrape of {Source} failed with {Status}", errors[0].GetProperty("template").GetString());
        Assert.Equal(3, errors[0].GetProperty("count").GetInt32());
        Assert.Equal("Scrape of initech failed with 504", errors[0].GetProperty("example").GetString());
        Assert.Equal("Critical", errors[1].GetProperty("level").GetString());
        Assert.Equal("Disk 97% full", errors[1].GetProperty("example").GetString());
        var warning = Assert.Single(summary.GetProperty("warnings").EnumerateArray(), g => g.GetProperty("source").GetString() == "JobSentinel.Probe");
        Assert.Equal(2, warning.GetProperty("count").GetInt32());
        Assert.DoesNotContain(summary.GetProperty("errors").EnumerateArray(), g => g.GetProperty("template").GetString()!.Contains("done", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FreshInstall_LogsNoMigrationWarnings()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path);
        using var client = factory.CreateApiClient();

        var summary = await client.GetFromJsonAsync<JsonElement>("/api/v1/admin/errors?hours=1", TestContext.Current.CancellationToken);

        var groups = summary.GetProperty("errors").EnumerateArray().Concat(summary.GetProperty("warnings").EnumerateArray());
        Assert.DoesNotContain(groups, g => g.GetProperty("source").GetString()!.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("169")]
    [InlineData("-5")]
    public async Task ErrorsEndpoint_HoursOutOfRange_Is400NamingHours(string hours)
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path);
        using var client = factory.CreateApiClient();

        using var response = await client.GetAsync($"/api/v1/admin/errors?hours={hours}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty("hours", out _));
    }

    [Fact]
    public async Task Secrets_SentInRequests_NeverReachTheLogFile()
    {
        using var directory = new TempDirectory();
        await using var receiver = await WebhookReceiver.StartAsync();
        const string WrongKey = "js_wrong_key_that_must_not_be_logged_42";
        await using (var factory = new JobSentinelFactory(directory.Path))
        {
            using var api = factory.CreateApiClient();
            using var created = await api.PostAsJsonAsync("/api/v1/alert-channels",
                new { name = "Slack", type = "slack", url = receiver.Url("/services/T000/B000/webhook-secret-token"), minScore = 0.8 },
                TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt32();
            using var test = await api.PostAsync($"/api/v1/alert-channels/{id}/test", null, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, test.StatusCode);
            Assert.Single(receiver.Deliveries);

            using var anonymous = factory.CreateClient();
            anonymous.DefaultRequestHeaders.Add("X-API-Key", WrongKey);
            using var rejected = await anonymous.GetAsync("/api/v1/jobs", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        }

        var log = string.Concat(Directory.GetFiles(directory.Combine("logs"), LogFiles.SearchPattern).Select(File.ReadAllText));
        Assert.NotEmpty(log);
        Assert.DoesNotContain("webhook-secret-token", log, StringComparison.Ordinal);
        Assert.DoesNotContain(JobSentinelFactory.ApiKey, log, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongKey, log, StringComparison.Ordinal);
    }

    /// <summary>Adds, at the end of the real pipeline, a path that throws (requests no endpoint matched reach it).</summary>
    private sealed class ThrowingEndpointFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) => context.Request.Path.Value!.EndsWith("/boom", StringComparison.Ordinal)
                ? throw new InvalidOperationException("secret internal detail")
                : nextMiddleware(context));
        };
    }
}
