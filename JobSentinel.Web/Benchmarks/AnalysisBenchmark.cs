using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Resumes;

namespace JobSentinel.Web.Benchmarks;

/// <summary>
/// <c>benchmark analysis</c>: a two-page PDF resume analysed against a job description in process and through
/// <c>POST /analyze</c>; the resume ranked against 10,000 stored postings; 100 evaluations queued at once.
/// </summary>
internal static class AnalysisBenchmark
{
    private const int WarmUp = 50;
    private const int Samples = 200;
    private const int RankedPostings = 10_000;
    private const int ConcurrentEvaluations = 100;

    /// <param name="name">The resume's file name when it is the user's, null for the generated one.</param>
    public static async Task<IReadOnlyList<LatencyRow>> RunAsync(byte[] pdf, string? name, TextWriter output, CancellationToken cancellationToken)
    {
        using var directory = BenchmarkHost.TemporaryDirectory.Create();
        var what = name ?? "2-page PDF";
        await using var board = await BenchmarkHost.StartAsync(WebApplication.CreateSlimBuilder(), app =>
            app.MapGet("/v1/boards/bench/jobs", () => Results.Text(GeneratedBoard.Json(RankedPostings), "application/json")));
        await using var server = await BenchmarkHost.StartJobSentinelAsync(directory.Path);
        using var client = server.ApiClient();
        List<LatencyRow> rows = [await InProcessAsync(server, pdf, what, cancellationToken), await OverHttpAsync(client, pdf, what, cancellationToken)];

        await output.WriteLineAsync($"Storing {RankedPostings:N0} postings to rank against…");
        var run = await BenchmarkHost.RunAsync(client, await BenchmarkHost.CreateSourceAsync(client, board.Address, cancellationToken), cancellationToken);
        if (run.GetProperty("status").GetString() != "completed")
        {
            throw new InvalidOperationException($"The benchmark board's run did not complete: {run}");
        }

        var resumeId = await UploadAsync(client, pdf, cancellationToken);
        rows.Add(await RankAsync(client, resumeId, cancellationToken));
        rows.Add(await EvaluationsAsync(client, resumeId, output, cancellationToken));
        return rows;
    }

    private static async Task<LatencyRow> InProcessAsync(BenchmarkHost.RunningServer server, byte[] pdf, string what, CancellationToken cancellationToken)
    {
        var analyzer = server.App.Services.GetRequiredService<ResumeAnalyzer>();
        var engine = server.App.Services.GetRequiredService<RelevanceEngine>();
        List<double> samples = [];
        for (var i = 0; i < WarmUp + Samples; i++)
        {
            var watch = Stopwatch.StartNew();
            var analysis = analyzer.Analyze(pdf, "resume.pdf");
            await engine.EvaluateAsync(analysis.Resume, SampleResume.JobDescription, null, cancellationToken);
            if (i >= WarmUp)
            {
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return LatencyRow.Of($"Resume analysis: {what} + job description (in process)", samples, 0.95, 50);
    }

    private static async Task<LatencyRow> OverHttpAsync(HttpClient client, byte[] pdf, string what, CancellationToken cancellationToken)
    {
        List<double> samples = [];
        for (var i = 0; i < WarmUp + Samples; i++)
        {
            using var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(pdf) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "resume", "resume.pdf" },
                { new StringContent(SampleResume.JobDescription), "jobDescription" },
            };
            var watch = Stopwatch.StartNew();
            using var response = await client.PostAsync("/api/v1/analyze", form, cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            response.EnsureSuccessStatusCode();
            if (i >= WarmUp)
            {
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return LatencyRow.Of($"POST /analyze: {what} + job description (HTTP)", samples, 0.95, 200);
    }

    private static async Task<long> UploadAsync(HttpClient client, byte[] pdf, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "resume.pdf" } };
        using var response = await client.PostAsync("/api/v1/resumes", form, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetInt64();
    }

    private static async Task<LatencyRow> RankAsync(HttpClient client, long resumeId, CancellationToken cancellationToken)
    {
        List<double> samples = [];
        for (var i = 0; i < 12; i++)
        {
            var watch = Stopwatch.StartNew();
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/resumes/{resumeId}/best-jobs?limit=20", cancellationToken);
            if (page.GetProperty("total").GetInt32() < RankedPostings)
            {
                throw new InvalidOperationException($"Only {page.GetProperty("total").GetInt32()} postings were ranked.");
            }

            if (i >= 2)
            {
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return LatencyRow.Of($"Best jobs: 1 resume ranked against {RankedPostings:N0} stored postings (HTTP)", samples, 1.0, 1000);
    }

    private static async Task<LatencyRow> EvaluationsAsync(HttpClient client, long resumeId, TextWriter output, CancellationToken cancellationToken)
    {
        var jobs = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs?pageSize={ConcurrentEvaluations}", cancellationToken);
        var jobIds = jobs.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetInt64()).ToList();
        var watch = Stopwatch.StartNew();
        var created = await Task.WhenAll(jobIds.Select(async jobId =>
        {
            using var response = await client.PostAsJsonAsync("/api/v1/evaluations", new { resumeId, jobId }, cancellationToken);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetInt64();
        }));
        Dictionary<long, double> finished = [];
        var failed = 0;
        while (finished.Count < created.Length)
        {
            await Task.Delay(20, cancellationToken);
            foreach (var id in created.Where(id => !finished.ContainsKey(id)))
            {
                var evaluation = await client.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations/{id}", cancellationToken);
                var status = evaluation.GetProperty("status").GetString();
                if (status is "completed" or "failed")
                {
                    finished[id] = watch.Elapsed.TotalMilliseconds;
                    failed += status == "failed" ? 1 : 0;
                }
            }

            if (watch.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"{created.Length - finished.Count} of {created.Length} evaluations did not finish within 2 minutes.");
            }
        }

        await output.WriteLineAsync($"{created.Length} concurrent evaluations: {created.Length - failed} completed, {failed} failed, all done in {watch.Elapsed.TotalSeconds:F2} s.");
        // A failed evaluation makes the row miss its target whatever its timing.
        return LatencyRow.Of($"{created.Length} concurrent evaluations, time to finish each ({failed} failed)",
            [.. finished.Values.Select(ms => failed > 0 ? double.MaxValue : ms)], 1.0, 120_000);
    }
}
