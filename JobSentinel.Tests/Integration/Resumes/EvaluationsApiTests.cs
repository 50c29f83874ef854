using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Resumes;

/// <summary>Background evaluations through the API: lifecycle, failures kept, retry, purge, best jobs, and queued work surviving a restart.</summary>
public sealed class EvaluationsApiTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private FakeBoard _board = null!;
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;
    private long _resumeId;
    private long _backendJobId;
    private long _emptyJobId;

    public async ValueTask InitializeAsync()
    {
        _board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(
        [
            new("1", "Backend Engineer", Content: "<h3>Requirements</h3><ul><li>3+ years of Python and PostgreSQL</li><li>Docker and Kubernetes</li></ul>"),
            new("2", "Pastry Chef", Content: "<p>Laminated doughs, sourdough and plated desserts for our bakery.</p>"),
            new("3", "Mystery Role", Content: ""),
        ]));
        (_factory, _api) = Start(_directory.Path);
        var source = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = _board.BaseUrl })).GetProperty("id").GetInt32();
        await _api.RunAndWaitAsync(source);
        var jobs = (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("items").EnumerateArray().ToDictionary(j => j.GetProperty("title").GetString()!, j => j.GetProperty("id").GetInt64());
        (_backendJobId, _emptyJobId) = (jobs["Backend Engineer"], jobs["Mystery Role"]);
        _resumeId = await UploadResumeAsync(_api);
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _factory.DisposeAsync();
        await _board.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Create_Answers202_ThenCompletesWithTheSpecShape()
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/evaluations", new { resumeId = _resumeId, jobId = _backendJobId }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("queued", created.GetProperty("status").GetString());
        var done = await WaitAsync(_api, created.GetProperty("id").GetInt64(), "completed");
        Assert.Equal(_resumeId, done.GetProperty("resumeId").GetInt64());
        Assert.Equal(_backendJobId, done.GetProperty("jobId").GetInt64());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("jobDescriptionId").ValueKind);
        Assert.InRange(done.GetProperty("relevanceScore").GetInt32(), 50, 100);
        Assert.Contains(done.GetProperty("verdict").GetString(), new[] { "high", "medium" });
        Assert.Contains("PostgreSQL", done.GetProperty("hardMatch").GetProperty("matchedSkills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(JsonValueKind.Array, done.GetProperty("hardMatch").GetProperty("missingSkills").ValueKind);
        Assert.InRange(done.GetProperty("softMatch").GetProperty("score").GetInt32(), 0, 100);
        Assert.InRange(done.GetProperty("experienceFit").GetDouble(), 0, 1);
        Assert.InRange(done.GetProperty("educationFit").GetDouble(), 0, 1);
        Assert.Equal(JsonValueKind.Array, done.GetProperty("suggestions").ValueKind);
        Assert.Equal(JsonValueKind.Null, done.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task UnrelatedJob_ScoresLowerThanTheMatchingOne()
    {
        var jobs = (await _api.GetJsonAsync("/api/v1/jobs?q=pastry")).GetProperty("items");
        var chef = await EvaluateAsync(jobs[0].GetProperty("id").GetInt64());
        var backend = await EvaluateAsync(_backendJobId);

        Assert.True(backend.GetProperty("relevanceScore").GetInt32() > chef.GetProperty("relevanceScore").GetInt32() + 20);
        Assert.Equal("low", chef.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Failure_KeepsTheError_RetryAndRetryFailedQueueItAgain()
    {
        var id = await CreateAsync(new { resumeId = _resumeId, jobId = _emptyJobId });
        var failed = await WaitAsync(_api, id, "failed");
        Assert.Contains("no description", failed.GetProperty("error").GetString());
        Assert.Equal(1, (await _api.GetJsonAsync("/api/v1/evaluations?status=failed")).GetProperty("total").GetInt32());

        using var retry = await _api.PostAsync($"/api/v1/evaluations/{id}/retry", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        var again = await WaitAsync(_api, id, "failed");
        Assert.Equal(2, again.GetProperty("attempts").GetInt32());

        using var all = await _api.PostAsync("/api/v1/evaluations/retry-failed", null, TestContext.Current.CancellationToken);
        Assert.Equal(1, (await all.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("count").GetInt32());
        await WaitAsync(_api, id, "failed", attempts: 3);
    }

    [Fact]
    public async Task Retry_NotFailedOrUnknown_Answers409Or404()
    {
        var id = await CreateAsync(new { resumeId = _resumeId, jobId = _backendJobId });
        await WaitAsync(_api, id, "completed");

        using var completed = await _api.PostAsync($"/api/v1/evaluations/{id}/retry", null, TestContext.Current.CancellationToken);
        using var unknown = await _api.PostAsync("/api/v1/evaluations/999999/retry", null, TestContext.Current.CancellationToken);
        using var missing = await _api.GetAsync("/api/v1/evaluations/999999", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, completed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    public static TheoryData<string, string, string> BadRequests => new()
    {
        { "{}", "resumeId", "required" },
        { """{"resumeId":1}""", "jobId", "exactly one" },
        { """{"resumeId":1,"jobId":1,"jobDescriptionId":1}""", "jobId", "exactly one" },
        { """{"resumeId":987654,"jobId":1}""", "resumeId", "987654" },
        { """{"resumeId":RESUME,"jobId":987654}""", "jobId", "987654" },
        { """{"resumeId":RESUME,"jobDescriptionId":987654}""", "jobDescriptionId", "987654" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Create_Invalid_Answers400NamingTheField(string body, string field, string message)
    {
        using var response = await _api.PostAsync("/api/v1/evaluations",
            new StringContent(body.Replace("RESUME", _resumeId.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        Assert.Contains(message, errors.GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task List_BadStatus_Answers400()
    {
        using var response = await _api.GetAsync("/api/v1/evaluations?status=done", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BestJobs_RanksTheMatchingPostingFirst()
    {
        var best = await _api.GetJsonAsync($"/api/v1/resumes/{_resumeId}/best-jobs?limit=2");

        Assert.Equal(2, best.GetProperty("total").GetInt32()); // the posting without a description is not ranked
        Assert.Equal(_backendJobId, best.GetProperty("items")[0].GetProperty("jobId").GetInt64());
        using var badLimit = await _api.GetAsync($"/api/v1/resumes/{_resumeId}/best-jobs?limit=0", TestContext.Current.CancellationToken);
        using var unknown = await _api.GetAsync("/api/v1/resumes/987654/best-jobs", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task QueuedEvaluations_SurviveARestart_AndCanBePurged()
    {
        using var directory = new TempDirectory();
        var dispatcher = new RecordingDispatcher(); // the first app records work but never runs it: it stays queued
        long first, second;
        var (app, api) = Start(directory.Path, services => services.AddSingleton<IWorkDispatcher>(dispatcher));
        await using (app)
        using (api)
        {
            var resume = await UploadResumeAsync(api);
            var description = (await api.PostAsJsonAsync("/api/v1/job-descriptions", new { text = ResumeFiles.JobDescription }, TestContext.Current.CancellationToken))
                .Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            var descriptionId = (await description).GetProperty("id").GetInt64();
            first = await CreateAsync(new { resumeId = resume, jobDescriptionId = descriptionId }, api);
            second = await CreateAsync(new { resumeId = resume, jobDescriptionId = descriptionId }, api);
            Assert.Equal(2, (await api.GetJsonAsync("/api/v1/evaluations?status=queued")).GetProperty("total").GetInt32());
        }

        var (restarted, restartedApi) = Start(directory.Path);
        await using (restarted)
        using (restartedApi)
        {
            await WaitAsync(restartedApi, first, "completed");
            await WaitAsync(restartedApi, second, "completed");
        }

        var (third, thirdApi) = Start(directory.Path, services => services.AddSingleton<IWorkDispatcher>(new RecordingDispatcher()));
        await using (third)
        using (thirdApi)
        {
            await CreateAsync(new { resumeId = 1, jobDescriptionId = 1 }, thirdApi);
            using var purged = await thirdApi.DeleteAsync("/api/v1/evaluations/queued", TestContext.Current.CancellationToken);
            Assert.Equal(1, (await purged.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("count").GetInt32());
            Assert.Equal(2, (await thirdApi.GetJsonAsync("/api/v1/evaluations")).GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task StuckInProcessing_IsQueuedAgainAndCompletes()
    {
        var id = await CreateAsync(new { resumeId = _resumeId, jobId = _backendJobId });
        await WaitAsync(_api, id, "completed");
        var contexts = _factory.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();
        await using (var context = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            // What a hung worker leaves: processing since long ago.
            await context.Evaluations.Where(e => e.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, EvaluationStatus.Processing)
                .SetProperty(e => e.StartedAt, DateTime.UtcNow.AddHours(-1)), TestContext.Current.CancellationToken);
        }

        var reset = await _factory.Services.GetRequiredService<EvaluationService>().ResetStuckAsync(TimeSpan.FromMinutes(10), TestContext.Current.CancellationToken);

        Assert.Equal(1, reset);
        await WaitAsync(_api, id, "completed", attempts: 2);
    }

    private static (JobSentinelFactory Factory, HttpClient Api) Start(string directory, Action<IServiceCollection>? services = null)
    {
        var factory = new JobSentinelFactory(directory, services, ScrapeApi.FastScraping());
        return (factory, factory.CreateApiClient());
    }

    private static async Task<long> UploadResumeAsync(HttpClient api)
    {
        using var response = await api.PostAsync("/api/v1/resumes", ResumeFiles.Form(ResumeFiles.TextFile(), "jane.txt"), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
    }

    private Task<long> CreateAsync(object request) => CreateAsync(request, _api);

    private static async Task<long> CreateAsync(object request, HttpClient api)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/evaluations", request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
    }

    private async Task<JsonElement> EvaluateAsync(long jobId) =>
        await WaitAsync(_api, await CreateAsync(new { resumeId = _resumeId, jobId }), "completed");

    private static async Task<JsonElement> WaitAsync(HttpClient api, long id, string status, int attempts = 0)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var evaluation = await api.GetJsonAsync($"/api/v1/evaluations/{id}");
            if (evaluation.GetProperty("status").GetString() == status && (attempts == 0 || evaluation.GetProperty("attempts").GetInt32() == attempts))
            {
                return evaluation;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Evaluation {id} is still {evaluation}.");
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
