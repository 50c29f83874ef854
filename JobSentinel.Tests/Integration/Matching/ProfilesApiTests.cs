using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration.Matching;

/// <summary>Profiles through the API, and what they do to the scores of stored postings.</summary>
public sealed class ProfilesApiTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;
    private FakeBoard _board = null!;

    public async ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path, settings: ScrapeApi.FastScraping());
        _api = _factory.CreateApiClient();
        _board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(
        [
            new("1", "Senior Platform Engineer", "Remote (US)", "<p>Kubernetes, Go and PostgreSQL. $170,000 - $200,000 a year.</p>", "Acme"),
            new("2", "Backend Engineer", "Remote (US)", "<p>Rust services. $160,000 - $190,000 a year.</p>", "Acme"),
            new("3", "Sales Intern", "Berlin, Germany", "<p>Kubernetes curious? Join our sales team.</p>", "Initech"),
            new("4", "Data Analyst", "Remote (US)", "<p>SQL and dashboards. Going places.</p>", "Globex"),
        ]));
        var id = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = _board.BaseUrl })).GetProperty("id").GetInt32();
        await _api.RunAndWaitAsync(id);
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _board.DisposeAsync();
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task DefaultProfile_HasTheSpecDefaults()
    {
        var profile = await _api.GetJsonAsync("/api/v1/profile");

        Assert.Equal("Default", profile.GetProperty("name").GetString());
        Assert.Equal(0.9, profile.GetProperty("immediateAlertThreshold").GetDouble());
        Assert.Equal(0.7, profile.GetProperty("digestMinScore").GetDouble());
        var weights = profile.GetProperty("weights");
        Assert.Equal((0.40, 0.25, 0.20, 0.10, 0.05), (weights.GetProperty("skills").GetDouble(), weights.GetProperty("salary").GetDouble(),
            weights.GetProperty("location").GetDouble(), weights.GetProperty("company").GetDouble(), weights.GetProperty("recency").GetDouble()));
        foreach (var list in new[] { "titleAllowlist", "titleBlocklist", "keywordsBoost", "keywordsExclude", "cities", "states", "countries", "preferredCompanies", "blockedCompanies" })
        {
            Assert.Equal(JsonValueKind.Array, profile.GetProperty(list).ValueKind);
        }
    }

    [Fact]
    public async Task Put_InvalidValues_Answers400NamingEachField()
    {
        using var response = await _api.PutAsJsonAsync("/api/v1/profile", new
        {
            immediateAlertThreshold = 1.5,
            digestMinScore = -0.1,
            currency = "XYZ",
            weights = new { skills = -1.0 },
            salaryFloor = 200_000,
            salaryTarget = 100_000,
            keywordsBoost = new[] { "go", " " },
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        foreach (var field in new[] { "immediateAlertThreshold", "digestMinScore", "currency", "weights.skills", "salaryTarget", "keywordsBoost" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        Assert.Equal(0.9, (await _api.GetJsonAsync("/api/v1/profile")).GetProperty("immediateAlertThreshold").GetDouble());
    }

    [Fact]
    public async Task Put_RescoresStoredPostings_WithReasonsAndRejections()
    {
        using var response = await _api.PutAsJsonAsync("/api/v1/profile", new
        {
            titleAllowlist = new[] { "engineer" },
            titleBlocklist = new[] { "intern" },
            keywordsBoost = new[] { "k8s", "go" },
            salaryTarget = 160_000,
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await Eventually.AssertAsync(async () =>
        {
            var jobs = (await _api.GetJsonAsync("/api/v1/jobs?sort=score")).GetProperty("items").EnumerateArray().ToList();
            Assert.Equal("Senior Platform Engineer", jobs[0].GetProperty("title").GetString());
            var reasons = jobs[0].GetProperty("scoreReasons").EnumerateArray().Select(r => r.GetString()).ToList();
            Assert.Contains(reasons, r => r!.Contains("kubernetes", StringComparison.Ordinal) && r.Contains("go", StringComparison.Ordinal));
            var intern = jobs.Single(j => j.GetProperty("title").GetString() == "Sales Intern");
            Assert.Equal(0, intern.GetProperty("score").GetDouble());
            Assert.StartsWith("rejected", intern.GetProperty("scoreReasons")[0].GetString(), StringComparison.Ordinal);
        });
        var analyst = (await _api.GetJsonAsync("/api/v1/jobs?q=analyst")).GetProperty("items")[0];
        Assert.DoesNotContain(analyst.GetProperty("scoreReasons").EnumerateArray(), r => r.GetString()!.StartsWith("matched", StringComparison.Ordinal));
        Assert.Equal(2, (await _api.GetJsonAsync("/api/v1/jobs?minScore=0.5")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Profiles_CanBeAddedAndDeletedButNotTheDefault()
    {
        using var created = await _api.PostAsJsonAsync("/api/v1/profiles", new { name = "Staff onsite Berlin", allowRemote = false, cities = new[] { "Berlin" } },
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt32();
        using var duplicate = await _api.PostAsJsonAsync("/api/v1/profiles", new { name = "staff onsite berlin" }, TestContext.Current.CancellationToken);
        var defaultId = (await _api.GetJsonAsync("/api/v1/profile")).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(2, (await _api.GetJsonAsync("/api/v1/profiles")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await _api.DeleteAsync($"/api/v1/profiles/{defaultId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _api.DeleteAsync($"/api/v1/profiles/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/v1/profiles/{id}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task BestProfile_IsShownPerPosting()
    {
        await _api.PutAsJsonAsync("/api/v1/profile", new { keywordsBoost = new[] { "rust" } }, TestContext.Current.CancellationToken);
        await _api.PostAsJsonAsync("/api/v1/profiles", new { name = "Platform", keywordsBoost = new[] { "kubernetes" } }, TestContext.Current.CancellationToken);

        await Eventually.AssertAsync(async () =>
        {
            var platform = (await _api.GetJsonAsync("/api/v1/jobs?q=platform")).GetProperty("items")[0];
            var backend = (await _api.GetJsonAsync("/api/v1/jobs?q=backend")).GetProperty("items")[0];
            Assert.Equal("Platform", platform.GetProperty("profileName").GetString());
            Assert.Equal("Default", backend.GetProperty("profileName").GetString());
        });
    }

    [Fact]
    public async Task ThumbsUp_MovesTheRanking_AndResetUndoesIt()
    {
        // Both engineering roles match one boost keyword each and tie on every other factor.
        var profile = await (await _api.PutAsJsonAsync("/api/v1/profile", new { keywordsBoost = new[] { "kubernetes", "rust" }, titleAllowlist = new[] { "engineer" } },
            TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        async Task<List<JsonElement>> EngineersAsync() => [.. (await _api.GetJsonAsync("/api/v1/jobs?q=engineer&sort=score")).GetProperty("items").EnumerateArray()];
        static double ScoreOf(List<JsonElement> jobs, string title) => jobs.Single(j => j.GetProperty("title").GetString() == title).GetProperty("score").GetDouble();
        long platformId = 0;
        await Eventually.AssertAsync(async () =>
        {
            var jobs = await EngineersAsync();
            Assert.True(ScoreOf(jobs, "Backend Engineer") > 0);
            Assert.Equal(ScoreOf(jobs, "Backend Engineer"), ScoreOf(jobs, "Senior Platform Engineer"));
            Assert.Equal("Backend Engineer", jobs[0].GetProperty("title").GetString()); // ties: newest id first
            platformId = jobs.Single(j => j.GetProperty("title").GetString() == "Senior Platform Engineer").GetProperty("id").GetInt64();
        });

        using var thumbs = await _api.PatchAsJsonAsync($"/api/v1/jobs/{platformId}", new { feedback = "up" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, thumbs.StatusCode);

        await Eventually.AssertAsync(async () =>
        {
            var jobs = await EngineersAsync();
            Assert.Equal("Senior Platform Engineer", jobs[0].GetProperty("title").GetString());
            Assert.True(ScoreOf(jobs, "Senior Platform Engineer") > ScoreOf(jobs, "Backend Engineer"));
        });
        var learned = (await _api.GetJsonAsync("/api/v1/profile")).GetProperty("learnedWeights");
        Assert.True(learned.GetProperty("kubernetes").GetDouble() > 1);

        using var reset = await _api.PostAsync($"/api/v1/profiles/{profile.GetProperty("id").GetInt32()}/reset-learning", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        await Eventually.AssertAsync(async () =>
        {
            var jobs = await EngineersAsync();
            Assert.Equal(ScoreOf(jobs, "Backend Engineer"), ScoreOf(jobs, "Senior Platform Engineer"));
        });
        Assert.Empty((await _api.GetJsonAsync("/api/v1/profile")).GetProperty("learnedWeights").EnumerateObject());
    }
}
