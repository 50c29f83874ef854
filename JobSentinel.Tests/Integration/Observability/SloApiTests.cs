using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Observability;

public sealed class SloApiTests : IAsyncLifetime
{
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

    [Fact]
    public async Task Slo_AnswersEveryObjectiveInTheSpecShape()
    {
        var items = (await _api.GetJsonAsync("/api/v1/slo")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(
            ["Scrape success", "Resume analysis p95 < 5 s", "Alert delivery p99 < 30 s", "Availability", "API p95 < 500 ms", "Background evaluation < 2 min"],
            items.Select(i => i.GetProperty("name").GetString()));
        Assert.All(items, item =>
        {
            Assert.Equal(["name", "objective", "window", "current", "errorBudgetRemaining", "burnRate", "status"], item.EnumerateObject().Select(p => p.Name));
            Assert.InRange(item.GetProperty("objective").GetDouble(), 0.9, 1);
            Assert.Contains(item.GetProperty("status").GetString(), new[] { "met", "atRisk", "breached", "noData" });
        });
        var availability = items.Single(i => i.GetProperty("name").GetString() == "Availability");
        Assert.Equal("7d", availability.GetProperty("window").GetString());
        Assert.Equal(0.999, availability.GetProperty("objective").GetDouble());
    }

    [Fact]
    public async Task Slo_StoredScrapeRuns_AreCounted()
    {
        await SeedAsync(context =>
        {
            var source = OpsData.AddSource(context, "acme");
            OpsData.AddRun(context, source, DateTime.UtcNow.AddMinutes(-30));
            OpsData.AddRun(context, source, DateTime.UtcNow.AddMinutes(-20), failed: true);
        });

        var scrape = (await _api.GetJsonAsync("/api/v1/slo")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == "Scrape success");

        Assert.Equal(0.5, scrape.GetProperty("current").GetDouble());
        Assert.Equal(10, scrape.GetProperty("burnRate").GetDouble());
        Assert.Equal("breached", scrape.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Slo_WithoutKey_Is401()
    {
        using var anonymous = _factory.CreateClient();

        using var response = await anonymous.GetAsync("/api/v1/slo", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Daily_Default_GivesSevenDaysEndingTodayWithStoredActivity()
    {
        var yesterday = DateTime.UtcNow.Date.AddDays(-1);
        await SeedAsync(context => OpsData.AddMinutes(context, yesterday.AddHours(12), 2, configure: s =>
        {
            (s.Requests, s.ServerErrors, s.DurationMsSum) = (10, 1, 250);
            s.Users = s.Minute.Minute == 0 ? "key:1,user:admin" : "key:1";
        }));
        using (var job = await _api.PostAsJsonAsync("/api/v1/jobs", new { url = "https://careers.example.org/jobs/1", title = "Engineer", company = "Example", description = "Build things." }, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Created, job.StatusCode);
        }

        using (var resume = await _api.PostAsync("/api/v1/resumes", ResumeFiles.Form(ResumeFiles.TextFile(), "cv.txt"), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Created, resume.StatusCode);
        }

        var items = (await _api.GetJsonAsync("/api/v1/metrics/daily")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(7, items.Count);
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd"), items[^1].GetProperty("date").GetString());
        var day = items[^2];
        Assert.Equal(yesterday.ToString("yyyy-MM-dd"), day.GetProperty("date").GetString());
        Assert.Equal(20, day.GetProperty("totalRequests").GetInt64());
        Assert.Equal(0.1, day.GetProperty("errorRate").GetDouble());
        Assert.Equal(25, day.GetProperty("averageResponseTimeMs").GetDouble());
        Assert.Equal(2, day.GetProperty("activeUsers").GetInt32());
        var today = items[^1];
        Assert.Equal(1, today.GetProperty("jobsFound").GetInt32());
        Assert.Equal(1, today.GetProperty("analyses").GetInt32());
        Assert.Equal(0, today.GetProperty("alerts").GetInt32());
        Assert.Equal(
            ["date", "totalRequests", "errorRate", "averageResponseTimeMs", "activeUsers", "jobsFound", "analyses", "alerts"],
            day.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Daily_DaysParameter_SetsTheNumberOfDays()
    {
        var items = (await _api.GetJsonAsync("/api/v1/metrics/daily?days=30")).GetProperty("items");

        Assert.Equal(30, items.GetArrayLength());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("91")]
    [InlineData("-1")]
    [InlineData("abc")]
    public async Task Daily_BadDays_Is400ProblemNamingTheParameter(string days)
    {
        using var response = await _api.GetAsync($"/api/v1/metrics/daily?days={days}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("1 to 90", problem.RootElement.GetProperty("errors").GetProperty("days")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_EveryMetricTheSpecNames_IsExportedFromStartup()
    {
        using var anonymous = _factory.CreateClient();

        var text = await anonymous.GetStringAsync("/metrics", TestContext.Current.CancellationToken);

        foreach (var (name, type) in new[]
        {
            ("jobs_scraped_total", "counter"), ("jobs_scraped_errors_total", "counter"), ("scrape_duration_seconds", "histogram"),
            ("circuit_breaker_state", "gauge"), ("resume_analysis_duration_seconds", "histogram"), ("alert_delivery_latency_seconds", "histogram"),
            ("alerts_pending", "gauge"), ("evaluations_queue_length", "gauge"), ("http_requests_total", "counter"),
            ("http_request_duration_seconds", "histogram"), ("pipeline_runs_total", "counter"), ("llm_cost_usd_total", "counter"),
            ("hangfire_servers", "gauge"), ("hangfire_jobs_enqueued", "gauge"), ("disk_used_percent", "gauge"),
        })
        {
            Assert.Contains($"# TYPE {name} {type}\n", text, StringComparison.Ordinal);
        }

        foreach (var series in new[]
        {
            "pipeline_runs_total{status=\"queued\"} 0", "pipeline_runs_total{status=\"completed\"} 0", "pipeline_runs_total{status=\"failed\"} 0",
            "llm_cost_usd_total 0", "alerts_pending 0", "evaluations_queue_length 0", "resume_analysis_duration_seconds_count 0",
        })
        {
            Assert.Contains(series + "\n", text, StringComparison.Ordinal);
        }

        Assert.Matches(@"\ndisk_used_percent \d+(\.\d+)?\n", text);
        Assert.Contains("process_working_set_bytes", text, StringComparison.Ordinal); // .NET runtime metrics
        Assert.Contains("dotnet_collection_count_total", text, StringComparison.Ordinal);
        // Read from Hangfire at each scrape: 1 once its server has announced itself, which takes a moment after startup.
        await Eventually.AssertAsync(async () => Assert.Contains("\nhangfire_servers 1\n",
            await anonymous.GetStringAsync("/metrics", TestContext.Current.CancellationToken), StringComparison.Ordinal));
    }

    private async Task SeedAsync(Action<JobSentinelDbContext> seed)
    {
        await using var context = await _factory.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();
        seed(context);
        await context.SaveChangesAsync();
    }
}
