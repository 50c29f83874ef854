using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Data;
using JobSentinel.Core.Features;
using JobSentinel.Core.Pipeline;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.Integration.Health;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Pipeline;

/// <summary>Pipeline runs through the API with no LLM (templates only) and real Chromium for the PDF step.</summary>
public sealed class PipelineRunsApiTests : IAsyncLifetime
{
    private const string Backend = """
        <h3>Requirements</h3><ul><li>5+ years of Python and PostgreSQL</li><li>Docker and Kubernetes in production</li>
        <li>Experience with React is a plus</li></ul>
        """;

    private readonly TempDirectory _directory = new();
    private FakeBoard _board = null!;
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;
    private long _resumeId;
    private long _jobId;

    public async ValueTask InitializeAsync()
    {
        _board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(
        [
            new("1", "Backend Engineer", "Seattle, WA", Backend),
            new("2", "Platform Engineer", "Remote (US)", "<p>Kubernetes, Terraform and Go for our platform team.</p>"),
        ]));
        (_factory, _api) = Start(_directory.Path);
        var source = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = _board.BaseUrl })).GetProperty("id").GetInt32();
        await _api.RunAndWaitAsync(source);
        _jobId = (await _api.GetJsonAsync("/api/v1/jobs?q=backend")).GetProperty("items")[0].GetProperty("id").GetInt64();
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
    public async Task Create_TemplateOnlyRun_CompletesEveryStepWithDocumentsInTheSpecShape()
    {
        var watch = Stopwatch.StartNew();
        using var response = await _api.PostAsJsonAsync("/api/v1/pipeline-runs", new { jobId = _jobId, resumeId = _resumeId }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("queued", created.GetProperty("status").GetString());

        var run = await WaitAsync(_api, created.GetProperty("id").GetInt64(), "completed");
        watch.Stop();

        Assert.Equal(_jobId, run.GetProperty("jobId").GetInt64());
        Assert.Equal(_resumeId, run.GetProperty("resumeId").GetInt64());
        Assert.Equal(JsonValueKind.Null, run.GetProperty("error").ValueKind);
        Assert.Equal(0, run.GetProperty("costUsd").GetDouble());
        Assert.NotEqual(JsonValueKind.Null, run.GetProperty("startedAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, run.GetProperty("finishedAt").ValueKind);
        var steps = run.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(PipelineSteps.Names, steps.Select(s => s.GetProperty("name").GetString()));
        Assert.All(steps, s =>
        {
            Assert.Equal("completed", s.GetProperty("status").GetString());
            Assert.True(s.GetProperty("durationMs").GetInt64() >= 0);
            Assert.Equal(0, s.GetProperty("costUsd").GetDouble());
            Assert.Equal(JsonValueKind.Null, s.GetProperty("error").ValueKind);
            Assert.False(string.IsNullOrEmpty(s.GetProperty("input").GetString()));
        });
        var providers = steps.ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("provider").GetString());
        Assert.Equal("local", providers["companyResearch"]);
        Assert.Equal("template", providers["tailoredCv"]);
        Assert.Equal("template", providers["coverLetter"]);
        Assert.Equal("chromium", providers["pdf"]);
        var documents = run.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["cv", "coverLetter", "outreach"], documents.Select(d => d.GetProperty("kind").GetString()));
        Assert.All(documents, d => Assert.Equal("template", d.GetProperty("provider").GetString()));

        var fit = JsonDocument.Parse(steps[1].GetProperty("output").GetString()!).RootElement;
        Assert.Contains("PostgreSQL", fit.GetProperty("matchedSkills").EnumerateArray().Select(s => s.GetString()));
        var research = JsonDocument.Parse(steps[0].GetProperty("output").GetString()!).RootElement;
        Assert.Equal(2, research.GetProperty("openRoles").GetInt32());
        Assert.Contains("Kubernetes", research.GetProperty("technologies").EnumerateArray().Select(s => s.GetString()));
        var pdf = JsonDocument.Parse(steps[5].GetProperty("output").GetString()!).RootElement.GetProperty("rendered");
        Assert.Equal(2, pdf.GetArrayLength());
        Assert.All(pdf.EnumerateArray(), r => Assert.True(r.GetProperty("bytes").GetInt32() > 1000));

        await using var context = await _factory.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var cv = await context.Documents.SingleAsync(d => d.Id == documents[0].GetProperty("id").GetInt64(), TestContext.Current.CancellationToken);
        Assert.Equal(cv.GeneratedSectionsJson, cv.SectionsJson);
        Assert.Contains("Contoso Payments", cv.SectionsJson);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Template-only run: {run.GetProperty("steps").EnumerateArray().Sum(s => s.GetProperty("durationMs").GetInt64())} ms in steps, {watch.ElapsedMilliseconds} ms from POST to completed; pdf step {steps[5].GetProperty("durationMs").GetInt64()} ms.");
    }

    [Fact]
    public async Task Outreach_DraftsMessagesForKnownContactsAtTheCompany_NothingApproved()
    {
        var company = (await _api.GetJsonAsync($"/api/v1/jobs/{_jobId}")).GetProperty("company").GetString()!;
        var atCompany = await CreateContactAsync(new { name = "Dana Lee", company = company.ToUpperInvariant() + ", Inc.", role = "Engineering Manager" });
        var elsewhere = await CreateContactAsync(new { name = "Sam Roe", company = "Globex", role = "Recruiter" });
        // A newer resume of someone else: the drafts must still speak for the run's resume.
        using (var other = await _api.PostAsync("/api/v1/resumes",
            ResumeFiles.Form(ResumeFiles.TextFile(ResumeTexts.Clean.Replace("Jane Smith", "Robin Quinn", StringComparison.Ordinal)), "robin.txt"), TestContext.Current.CancellationToken))
        {
            other.EnsureSuccessStatusCode();
        }

        var run = await WaitAsync(_api, await CreateAsync(_api, _jobId, _resumeId), "completed");

        var outreach = run.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "outreach");
        var drafts = JsonDocument.Parse(outreach.GetProperty("output").GetString()!).RootElement.GetProperty("contactDrafts");
        Assert.Equal(atCompany, Assert.Single(drafts.EnumerateArray()).GetProperty("contactId").GetInt64());
        var message = Assert.Single((await _api.GetJsonAsync($"/api/v1/contacts/{atCompany}/messages")).GetProperty("items").EnumerateArray());
        Assert.Equal("draft", message.GetProperty("status").GetString());
        Assert.Equal(_jobId, message.GetProperty("jobId").GetInt64());
        Assert.Contains("Dana", message.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("Jane Smith", message.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Robin Quinn", message.GetProperty("body").GetString() + message.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Empty((await _api.GetJsonAsync($"/api/v1/contacts/{elsewhere}/messages")).GetProperty("items").EnumerateArray());
    }

    private async Task<long> CreateContactAsync(object contact)
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/contacts", contact, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task List_FiltersByStatusAndJob_WithoutTheTrace()
    {
        var id = await CreateAsync(_api, _jobId, _resumeId);
        await WaitAsync(_api, id, "completed");

        var completed = await _api.GetJsonAsync($"/api/v1/pipeline-runs?status=completed&jobId={_jobId}&limit=1");
        var failed = await _api.GetJsonAsync("/api/v1/pipeline-runs?status=failed");

        Assert.Equal(1, completed.GetProperty("total").GetInt32());
        Assert.Equal(1, completed.GetProperty("pageSize").GetInt32());
        Assert.False(completed.GetProperty("items")[0].GetProperty("steps")[0].TryGetProperty("input", out _));
        Assert.Equal(0, failed.GetProperty("total").GetInt32());
    }

    public static TheoryData<string, string, string> BadRequests => new()
    {
        { "{}", "jobId", "required" },
        { """{"jobId":987654,"resumeId":RESUME}""", "jobId", "987654" },
        { """{"jobId":JOB,"resumeId":987654}""", "resumeId", "987654" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Create_Invalid_Answers400NamingTheField(string body, string field, string message)
    {
        var json = body.Replace("RESUME", _resumeId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("JOB", _jobId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var response = await _api.PostAsync("/api/v1/pipeline-runs", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        Assert.Contains(message, errors.GetProperty(field)[0].GetString());
    }

    [Theory]
    [InlineData("status=done", "status")]
    [InlineData("limit=0", "limit")]
    public async Task List_BadQuery_Answers400NamingTheParameter(string query, string field)
    {
        using var response = await _api.GetAsync($"/api/v1/pipeline-runs?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task KillSwitch_KeepsRunsQueued_Rerun409_ThenResumingRunsThem()
    {
        var flags = _factory.Services.GetRequiredService<FeatureFlags>();
        await flags.SetAsync(null, new Dictionary<string, bool> { [KillSwitches.Pipeline] = true }, "test", null, TestContext.Current.CancellationToken);
        var id = await CreateAsync(_api, _jobId, _resumeId);
        await Task.Delay(1500, TestContext.Current.CancellationToken);

        Assert.Equal("queued", (await _api.GetJsonAsync($"/api/v1/pipeline-runs/{id}")).GetProperty("status").GetString());
        var (_, runner) = await _api.GetCheckAsync(PipelineRunnerHealthCheck.Name);
        Assert.True(runner.Data("paused").GetBoolean());
        Assert.Equal(1, runner.Data("queued_runs").GetInt32());
        using var conflict = await _api.PostAsync($"/api/v1/pipeline-runs/{id}/rerun", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);

        await flags.SetAsync(null, new Dictionary<string, bool> { [KillSwitches.Pipeline] = false }, "test", null, TestContext.Current.CancellationToken);

        await WaitAsync(_api, id, "completed");
    }

    [Fact]
    public async Task Rerun_Finished_QueuesANewRunForTheSamePair_Unknown404()
    {
        var id = await CreateAsync(_api, _jobId, _resumeId);
        await WaitAsync(_api, id, "completed");

        using var rerun = await _api.PostAsync($"/api/v1/pipeline-runs/{id}/rerun", null, TestContext.Current.CancellationToken);
        using var unknown = await _api.PostAsync("/api/v1/pipeline-runs/987654/rerun", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, rerun.StatusCode);
        var again = (await rerun.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
        Assert.NotEqual(id, again);
        var done = await WaitAsync(_api, again, "completed");
        Assert.Equal(_jobId, done.GetProperty("jobId").GetInt64());
        Assert.Equal("cache", done.GetProperty("steps")[0].GetProperty("provider").GetString());
        Assert.Equal(3, (await _api.GetJsonAsync($"/api/v1/pipeline-runs/{id}")).GetProperty("documents").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task ResetStuck_FailsRunsProcessingTooLong_WithTheReason()
    {
        var id = await CreateAsync(_api, _jobId, _resumeId);
        await WaitAsync(_api, id, "completed");
        await using (var context = await _factory.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await context.PipelineRuns.Where(r => r.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, PipelineRunStatus.Processing)
                .SetProperty(r => r.StartedAt, DateTime.UtcNow.AddMinutes(-45)), TestContext.Current.CancellationToken);
        }

        using var reset = await _api.PostAsync("/api/v1/pipeline-runs/reset-stuck", null, TestContext.Current.CancellationToken);

        Assert.Equal(1, (await reset.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("count").GetInt32());
        var run = await _api.GetJsonAsync($"/api/v1/pipeline-runs/{id}");
        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Contains("Stuck in processing for more than 30 minutes", run.GetProperty("error").GetString());
    }

    [Fact]
    public async Task CompanyCache_ClearsOneCompanyByAnySpelling_AndAll()
    {
        await WaitAsync(_api, await CreateAsync(_api, _jobId, _resumeId), "completed");

        using var one = await _api.DeleteAsync("/api/v1/company-cache/ACME%20Robotics%2C%20Inc.", TestContext.Current.CancellationToken);
        using var all = await _api.DeleteAsync("/api/v1/company-cache", TestContext.Current.CancellationToken);

        Assert.Equal(1, (await one.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("removed").GetInt32());
        Assert.Equal(0, (await all.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("removed").GetInt32());
    }

    [Fact]
    public async Task QueuedAndInterruptedRuns_SurviveARestart()
    {
        using var directory = new TempDirectory();
        long id, interrupted;
        var (app, api) = Start(directory.Path, services => services.AddSingleton<IWorkDispatcher>(new RecordingDispatcher()));
        await using (app)
        using (api)
        {
            var resume = await UploadResumeAsync(api);
            using var manual = await api.PostAsJsonAsync("/api/v1/jobs",
                new { title = "Backend Engineer", company = "Acme Robotics", description = "Python, PostgreSQL and Docker.", url = "https://example.com/jobs/1" },
                TestContext.Current.CancellationToken);
            manual.EnsureSuccessStatusCode();
            var jobId = (await manual.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
            id = await CreateAsync(api, jobId, resume);
            interrupted = await CreateAsync(api, jobId, resume);
            Assert.Equal("queued", (await api.GetJsonAsync($"/api/v1/pipeline-runs/{id}")).GetProperty("status").GetString());

            // What a process killed mid-run leaves behind: a run in processing.
            await using var context = await app.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
            await context.PipelineRuns.Where(r => r.Id == interrupted).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, PipelineRunStatus.Processing).SetProperty(r => r.StartedAt, DateTime.UtcNow), TestContext.Current.CancellationToken);
        }

        var (restarted, restartedApi) = Start(directory.Path);
        await using (restarted)
        using (restartedApi)
        {
            var run = await WaitAsync(restartedApi, id, "completed");
            Assert.Equal(3, run.GetProperty("documents").GetArrayLength());
            Assert.Equal(1, (await WaitAsync(restartedApi, interrupted, "completed")).GetProperty("attempts").GetInt32());
        }
    }

    private static (JobSentinelFactory Factory, HttpClient Api) Start(string directory, Action<IServiceCollection>? services = null)
    {
        var factory = new JobSentinelFactory(directory, services, ScrapeApi.FastScraping());
        return (factory, factory.CreateApiClient());
    }

    private static async Task<long> UploadResumeAsync(HttpClient api)
    {
        using var response = await api.PostAsync("/api/v1/resumes", ResumeFiles.Form(ResumeFiles.TextFile(ResumeTexts.Clean), "jane.txt"), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
    }

    private static async Task<long> CreateAsync(HttpClient api, long jobId, long resumeId)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/pipeline-runs", new { jobId, resumeId }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
    }

    private static async Task<JsonElement> WaitAsync(HttpClient api, long id, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var run = await api.GetJsonAsync($"/api/v1/pipeline-runs/{id}");
            if (run.GetProperty("status").GetString() == status)
            {
                return run;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Pipeline run {id} is still {run}.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
