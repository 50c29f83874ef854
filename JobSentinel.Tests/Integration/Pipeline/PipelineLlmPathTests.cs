using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Core.Generation;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Pipeline;

/// <summary>
/// The run with text from the generator: accepted when it passes the fabrication guard (provider and cost recorded),
/// replaced by the template when it invents a number or an employer (the reason recorded in the step).
/// </summary>
public sealed class PipelineLlmPathTests
{
    private const string Provider = "llm:primary (test-model)";

    [Fact]
    public async Task GuardedText_IsUsed_WithItsProviderTokensAndCost()
    {
        var run = await RunAsync(request => request.Purpose == "tailoredCv"
            ? "Senior Software Engineer who cut nightly batch time from 6 hours to 40 minutes with .NET and PostgreSQL at Contoso Payments."
            : "Dear Acme Robotics hiring team, I would like to bring my PostgreSQL and Kubernetes work to the Backend Engineer role. Kind regards, Jane Smith");

        var steps = run.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal(Provider, steps["tailoredCv"].GetProperty("provider").GetString());
        Assert.Equal(Provider, steps["coverLetter"].GetProperty("provider").GetString());
        Assert.Equal(120, steps["tailoredCv"].GetProperty("tokens").GetInt32());
        Assert.Equal(0.004, run.GetProperty("costUsd").GetDouble(), 6);
        Assert.Contains(run.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "cv" && d.GetProperty("provider").GetString() == Provider);
        Assert.Contains("SYSTEM:", steps["tailoredCv"].GetProperty("input").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InventedNumberOrEmployer_IsRejected_TheTemplateIsUsedAndTheReasonRecorded()
    {
        var run = await RunAsync(request => request.Purpose == "tailoredCv"
            ? "Senior Software Engineer with 27 years of experience."
            : "At Globex Corporation I led a team.");

        var steps = run.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal("template", steps["tailoredCv"].GetProperty("provider").GetString());
        Assert.Equal("template", steps["coverLetter"].GetProperty("provider").GetString());
        Assert.Contains(Rejected(steps["tailoredCv"]), r => r.StartsWith("number \"27\"", StringComparison.Ordinal));
        Assert.Contains(Rejected(steps["coverLetter"]), r => r.Contains("\"Globex Corporation\"", StringComparison.Ordinal));
        Assert.Equal(0.004, run.GetProperty("costUsd").GetDouble(), 6); // the rejected calls were paid for all the same
        Assert.All(run.GetProperty("documents").EnumerateArray(), d => Assert.Equal("template", d.GetProperty("provider").GetString()));
    }

    private static IEnumerable<string> Rejected(JsonElement step) =>
        JsonDocument.Parse(step.GetProperty("output").GetString()!).RootElement.GetProperty("rejected").EnumerateArray().Select(r => r.GetString()!).ToList();

    private static async Task<JsonElement> RunAsync(Func<LlmRequest, string> write)
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path,
            services => services.AddSingleton<ITextGenerator>(new ScriptedGenerator(write)),
            new Dictionary<string, string?> { ["JobSentinel:Pipeline:PaperFormat"] = "Letter" });
        using var api = factory.CreateApiClient();
        using var upload = await api.PostAsync("/api/v1/resumes", ResumeFiles.Form(ResumeFiles.TextFile(ResumeTexts.Clean), "jane.txt"), TestContext.Current.CancellationToken);
        var resumeId = (await upload.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
        using var manual = await api.PostAsJsonAsync("/api/v1/jobs",
            new { title = "Backend Engineer", company = "Acme Robotics", description = "Python, PostgreSQL, Docker and Kubernetes.", url = "https://example.com/jobs/2" },
            TestContext.Current.CancellationToken);
        var jobId = (await manual.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
        using var created = await api.PostAsJsonAsync("/api/v1/pipeline-runs", new { jobId, resumeId }, TestContext.Current.CancellationToken);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var run = await api.GetJsonAsync($"/api/v1/pipeline-runs/{id}");
            if (run.GetProperty("status").GetString() is "completed" or "failed")
            {
                return run;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Pipeline run {id} is still {run}.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The generator contract answered with given text (the provider calls themselves are the LLM gateway's tests).</summary>
    private sealed class ScriptedGenerator(Func<LlmRequest, string> write) : ITextGenerator
    {
        public Task<LlmOutcome> GenerateAsync(LlmRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new LlmOutcome(write(request), Provider, 120, 0.002, $"SYSTEM: {request.System}\nUSER: {request.User}", null));
    }
}
