using System.Net;
using System.Text.Json;
using JobSentinel.Tests.TestDoubles;
using Microsoft.AspNetCore.Http;

namespace JobSentinel.Tests.Integration.Discovery;

/// <summary>Whole runs through the app against fake boards on 127.0.0.1: success, re-sightings, closing.</summary>
public sealed class ScrapeRunTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path, settings: ScrapeApi.FastScraping());
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
    public async Task RunNow_GreenhouseBoard_StoresNormalisedPostings()
    {
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(
        [
            new("101", "Senior Backend Engineer", "Remote (US)", "<p>Go &amp; Kubernetes. <script>alert(1)</script>Pay: $150k - $180k</p>"),
            new("102", "Data Analyst", "Berlin, Germany", "<p>SQL</p>"),
        ]));
        var source = await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl });
        Assert.Equal(0, board.RequestCount); // saving stores without fetching

        var run = await _api.RunAndWaitAsync(source.GetProperty("id").GetInt32());

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(2, run.GetProperty("jobsFound").GetInt32());
        Assert.Equal(2, run.GetProperty("jobsNew").GetInt32());
        Assert.Equal(0, run.GetProperty("jobsUpdated").GetInt32());
        Assert.Contains("GET /v1/boards/acme/jobs?content=true", board.Requests);

        var jobs = await _api.GetJsonAsync("/api/v1/jobs?sort=title");
        Assert.Equal(2, jobs.GetProperty("total").GetInt32());
        var engineer = jobs.GetProperty("items").EnumerateArray().Single(j => j.GetProperty("title").GetString() == "Senior Backend Engineer");
        Assert.Equal("Acme Robotics", engineer.GetProperty("company").GetString());
        Assert.Equal("remote", engineer.GetProperty("workplaceType").GetString());
        Assert.True(engineer.GetProperty("remote").GetBoolean());
        Assert.Equal(150000, engineer.GetProperty("salaryMin").GetDouble());
        Assert.Equal(180000, engineer.GetProperty("salaryMax").GetDouble());
        Assert.Equal("USD", engineer.GetProperty("currency").GetString());
        Assert.Equal("https://boards.greenhouse.io/acme/jobs/101", engineer.GetProperty("url").GetString());
        Assert.Equal("Acme", engineer.GetProperty("source").GetString());
        Assert.Equal("open", engineer.GetProperty("status").GetString());
        Assert.Equal(1, engineer.GetProperty("timesSeen").GetInt32());

        var detail = await _api.GetJsonAsync($"/api/v1/jobs/{engineer.GetProperty("id").GetInt64()}");
        var html = detail.GetProperty("description").GetString()!;
        Assert.Contains("<p>Go &amp; Kubernetes.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Kubernetes", detail.GetProperty("descriptionText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondRun_SameBoard_CountsResightingsWithoutDuplicates()
    {
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(BoardPayloads.Many(5)));
        var id = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();

        await _api.RunAndWaitAsync(id);
        var second = await _api.RunAndWaitAsync(id);

        Assert.Equal(5, second.GetProperty("jobsFound").GetInt32());
        Assert.Equal(0, second.GetProperty("jobsNew").GetInt32());
        Assert.Equal(0, second.GetProperty("jobsUpdated").GetInt32());
        var jobs = await _api.GetJsonAsync("/api/v1/jobs");
        Assert.Equal(5, jobs.GetProperty("total").GetInt32());
        Assert.All(jobs.GetProperty("items").EnumerateArray(), job => Assert.Equal(2, job.GetProperty("timesSeen").GetInt32()));
    }

    [Fact]
    public async Task ChangedDescription_IsUpdatedAndReindexed()
    {
        var content = "<p>Python role</p>";
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse([new("7", "Engineer", Content: content)]));
        var id = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();
        await _api.RunAndWaitAsync(id);

        content = "<p>Rust role</p>";
        var run = await _api.RunAndWaitAsync(id);

        Assert.Equal(1, run.GetProperty("jobsUpdated").GetInt32());
        Assert.Equal(1, (await _api.GetJsonAsync("/api/v1/jobs?q=rust")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/jobs?q=python")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task PostingGone_IsClosedAfterThreeMissedRuns()
    {
        var listed = BoardPayloads.Many(3).ToList();
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(listed));
        var id = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();
        await _api.RunAndWaitAsync(id);
        var gone = listed[0];
        listed.RemoveAt(0);

        await _api.RunAndWaitAsync(id);
        await _api.RunAndWaitAsync(id);
        Assert.Equal(3, (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("total").GetInt32()); // missed twice: still open
        var third = await _api.RunAndWaitAsync(id);

        Assert.Equal(1, third.GetProperty("jobsClosed").GetInt32());
        Assert.Equal(2, (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("total").GetInt32());
        var closed = await _api.GetJsonAsync("/api/v1/jobs?status=closed");
        Assert.Equal(gone.Title, closed.GetProperty("items")[0].GetProperty("title").GetString());

        listed.Insert(0, gone); // back on the board: open again
        await _api.RunAndWaitAsync(id);
        Assert.Equal(3, (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SameRoleOnTwoBoards_IsOnePostingWithTwoSources()
    {
        await using var greenhouse = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(
            [new("55", "Platform Engineer", "San Francisco", Company: "Acme")]));
        await using var lever = await FakeBoard.JsonAsync("/v0/postings/acme", () => JsonSerializer.Serialize(new[]
        {
            BoardPayloads.LeverPosting("lever-1", "Platform Engineer", "San Francisco"),
        }));
        var gh = (await _api.CreateSourceAsync(new { name = "Acme GH", type = "greenhouse", board = "acme", baseUrl = greenhouse.BaseUrl })).GetProperty("id").GetInt32();
        var lv = (await _api.CreateSourceAsync(new { name = "Acme Lever", type = "lever", board = "acme", baseUrl = lever.BaseUrl })).GetProperty("id").GetInt32();

        var first = await _api.RunAndWaitAsync(gh);
        var second = await _api.RunAndWaitAsync(lv);

        Assert.Equal(1, first.GetProperty("jobsNew").GetInt32());
        Assert.Equal(0, second.GetProperty("jobsNew").GetInt32());
        var jobs = await _api.GetJsonAsync("/api/v1/jobs");
        Assert.Equal(1, jobs.GetProperty("total").GetInt32());
        var sources = jobs.GetProperty("items")[0].GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Acme GH", "Acme Lever"], sources);
    }

    [Fact]
    public async Task LeverBoard_IsReadPageByPage()
    {
        var postings = Enumerable.Range(1, 250).Select(i => BoardPayloads.LeverPosting($"p{i}", $"Role {i}")).ToList();
        await using var board = await FakeBoard.StartAsync(context =>
        {
            var skip = int.Parse(context.Request.Query["skip"]!, System.Globalization.CultureInfo.InvariantCulture);
            var limit = int.Parse(context.Request.Query["limit"]!, System.Globalization.CultureInfo.InvariantCulture);
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(JsonSerializer.Serialize(postings.Skip(skip).Take(limit)));
        });
        var id = (await _api.CreateSourceAsync(new { name = "Acme", type = "lever", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();

        var run = await _api.RunAndWaitAsync(id);

        Assert.Equal(250, run.GetProperty("jobsNew").GetInt32());
        Assert.Equal(3, board.RequestCount);
    }

    [Fact]
    public async Task LeverBoardIgnoringSkip_StopsInsteadOfLooping()
    {
        var page = Enumerable.Range(1, 100).Select(i => BoardPayloads.LeverPosting($"p{i}", $"Role {i}")).ToList();
        await using var board = await FakeBoard.JsonAsync("/v0/postings/acme", () => JsonSerializer.Serialize(page));
        var id = (await _api.CreateSourceAsync(new { name = "Acme", type = "lever", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();

        var run = await _api.RunAndWaitAsync(id);

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(100, run.GetProperty("jobsFound").GetInt32());
        Assert.Equal(2, board.RequestCount);
    }

    [Fact]
    public async Task RunNow_WhileARunIsWaiting_ReturnsThatRun()
    {
        var release = new TaskCompletionSource();
        await using var board = await FakeBoard.StartAsync(async context =>
        {
            await release.Task;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(BoardPayloads.Greenhouse(BoardPayloads.Many(1)));
        });
        var id = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();

        var first = await _api.StartRunAsync(id);
        var second = await _api.StartRunAsync(id);
        release.SetResult();

        Assert.Equal(first, second);
        Assert.Equal("completed", (await _api.WaitForRunAsync(first)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task RunNow_UnknownSource_Is404()
    {
        using var response = await _api.PostAsync("/api/v1/sources/9999/run", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("/api/v1/scrape-runs/9999", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Runs_AreListedPerSourceAndCountedInMetrics()
    {
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(BoardPayloads.Many(4)));
        var id = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();
        var metricsBefore = await _api.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Contains("jobs_scraped_total{source=\"Acme\"} 0", metricsBefore, StringComparison.Ordinal);

        await _api.RunAndWaitAsync(id);
        await _api.RunAndWaitAsync(id);

        var runs = await _api.GetJsonAsync($"/api/v1/sources/{id}/runs");
        Assert.Equal(2, runs.GetProperty("total").GetInt32());
        var source = await _api.GetJsonAsync($"/api/v1/sources/{id}");
        Assert.Equal(1.0, source.GetProperty("successRate24h").GetDouble());
        Assert.Equal("completed", source.GetProperty("lastRun").GetProperty("status").GetString());
        var metrics = await _api.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Contains("jobs_scraped_total{source=\"Acme\"} 8", metrics, StringComparison.Ordinal);
        Assert.Contains("scrape_duration_seconds_count{source=\"Acme\"} 2", metrics, StringComparison.Ordinal);
        Assert.Contains("circuit_breaker_state{source=\"Acme\"} 0", metrics, StringComparison.Ordinal);
    }
}
