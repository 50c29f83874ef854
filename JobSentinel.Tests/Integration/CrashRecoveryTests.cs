using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Core.Alerts;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Tests.Integration;

/// <summary>
/// SPEC §6 with the real binary on a real data directory: kill -9 in the middle of a scrape, an alert delivery or
/// evaluations loses no committed data and finishes the unfinished work after the restart; SIGTERM returns
/// in-flight work to the queue.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const string Key = "js_crash_test_key_0123456789";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task KillDuringAScrape_RunIsRunAgainAfterTheRestart_CommittedPostingsKept_NewRunsWork()
    {
        var hang = new Hang();
        IEnumerable<BoardPayloads.Job> jobs = BoardPayloads.Many(3);
        await using var board = await FakeBoard.StartAsync(async context =>
        {
            await hang.HoldIfArmedAsync(context);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(BoardPayloads.Greenhouse(jobs), context.RequestAborted);
        });
        int sourceId;
        long interrupted;
        await using (var first = await StartAsync())
        {
            using var api = Api(first);
            sourceId = (await api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();
            Assert.Equal("completed", (await api.RunAndWaitAsync(sourceId)).GetProperty("status").GetString());

            hang.Arm();
            interrupted = await api.StartRunAsync(sourceId);
            await hang.Reached.Task.WaitAsync(Deadline, TestContext.Current.CancellationToken);
            first.Kill();
        }

        hang.Disarm();
        jobs = BoardPayloads.Many(5);
        await using var second = await StartAsync();
        using var client = Api(second);

        var rerun = await client.WaitForRunAsync(interrupted, Deadline);
        Assert.Equal("completed", rerun.GetProperty("status").GetString());
        Assert.Equal(2, rerun.GetProperty("jobsNew").GetInt32());
        var titles = (await client.GetJsonAsync("/api/v1/jobs?pageSize=50")).GetProperty("items").EnumerateArray().Select(j => j.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Software Engineer 1", "Software Engineer 2", "Software Engineer 3", "Software Engineer 4", "Software Engineer 5"], titles.Order());
        Assert.Equal("completed", (await client.RunAndWaitAsync(sourceId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task KillDuringAnAlertDelivery_EveryAlertIsDeliveredAfterTheRestart_AResendCarriesTheSameDeliveryId()
    {
        var hang = new Hang();
        ConcurrentQueue<(string DeliveryId, string Body)> received = new();
        await using var webhook = await FakeBoard.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            received.Enqueue((context.Request.Headers[WebhookSignature.DeliveryHeaderName].ToString(), await reader.ReadToEndAsync()));
            await hang.HoldIfArmedAsync(context); // the channel has the message; the app dies before the answer
            context.Response.StatusCode = StatusCodes.Status200OK;
        });
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(
        [
            new("1", "Platform Engineer", "Remote (US)", "<p>Kubernetes. $170,000 - $200,000 a year.</p>"),
            new("2", "Platform Engineer II", "Remote (US)", "<p>Kubernetes. $180,000 - $210,000 a year.</p>"),
        ]));
        hang.Arm();
        await using (var first = await StartAsync())
        {
            using var api = Api(first);
            await api.PutAsJsonAsync("/api/v1/profile", new { keywordsBoost = new[] { "kubernetes" } }, TestContext.Current.CancellationToken);
            using var channel = await api.PostAsJsonAsync("/api/v1/alert-channels",
                new { name = "Hook", type = "webhook", url = webhook.BaseUrl + "/hook", minScore = 0.5, digestEnabled = false }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, channel.StatusCode);
            await api.RunAndWaitAsync((await api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32());
            await hang.Reached.Task.WaitAsync(Deadline, TestContext.Current.CancellationToken);
            first.Kill();
        }

        hang.Disarm();
        await using var second = await StartAsync();
        using var client = Api(second);

        await Eventually.AssertAsync(async () =>
            Assert.Equal(2, (await client.GetJsonAsync("/api/v1/alerts?status=sent")).GetProperty("total").GetInt32()), Deadline);
        // At least once: the message the dead process sent goes out again, with the same idempotency key, so a
        // receiver that keeps the keys it has seen shows each alert exactly once.
        Assert.Equal(2, received.Count);
        Assert.Single(received.Select(r => r.DeliveryId).Distinct());
        Assert.StartsWith("alerts-", received.First().DeliveryId, StringComparison.Ordinal);
        Assert.All(received, r => Assert.Contains("Platform Engineer II", r.Body, StringComparison.Ordinal));
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/alerts?status=pending")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task KillDuringEvaluations_EveryEvaluationCompletesAfterTheRestart()
    {
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(
            [new("1", "Backend Engineer", Content: "<h3>Requirements</h3><ul><li>3+ years of Python and PostgreSQL</li><li>Docker</li></ul>")]));
        List<long> ids = [];
        await using (var first = await StartAsync())
        {
            using var api = Api(first);
            await api.RunAndWaitAsync((await api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32());
            var jobId = (await api.GetJsonAsync("/api/v1/jobs")).GetProperty("items")[0].GetProperty("id").GetInt64();
            using var upload = await api.PostAsync("/api/v1/resumes", ResumeFiles.Form(ResumeFiles.TextFile(), "jane.txt"), TestContext.Current.CancellationToken);
            var resumeId = (await upload.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
            for (var i = 0; i < 20; i++)
            {
                using var created = await api.PostAsJsonAsync("/api/v1/evaluations", new { resumeId, jobId }, TestContext.Current.CancellationToken);
                ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64());
            }

            first.Kill();
        }

        // Evaluations take milliseconds, so the kill cannot be timed inside one: leave the last one exactly as a
        // kill -9 mid-evaluation does (claimed, its outbox item processing), whatever the kill caught.
        await ExecuteAsync($"UPDATE Evaluations SET Status = 'Processing', Progress = 40 WHERE Id = {ids[^1]};"
            + $" UPDATE WorkItems SET Status = 'Processing' WHERE Kind = 'evaluation.run' AND Payload LIKE '%:{ids[^1]}}}';");

        await using var second = await StartAsync();
        using var client = Api(second);

        await Eventually.AssertAsync(async () =>
            Assert.Equal(ids.Count, (await client.GetJsonAsync("/api/v1/evaluations?status=completed&pageSize=100")).GetProperty("total").GetInt32()), Deadline);
        Assert.Equal(100, (await client.GetJsonAsync($"/api/v1/evaluations/{ids[^1]}")).GetProperty("progress").GetInt32());
    }

    [Fact]
    public async Task SigtermDuringAScrape_ReturnsTheWorkToTheQueue_AndTheNextStartRunsIt()
    {
        var hang = new Hang();
        await using var board = await FakeBoard.StartAsync(async context =>
        {
            await hang.HoldIfArmedAsync(context);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(BoardPayloads.Greenhouse(BoardPayloads.Many(2)), context.RequestAborted);
        });
        long runId;
        await using (var first = await StartAsync())
        {
            using var api = Api(first);
            var sourceId = (await api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();
            hang.Arm();
            runId = await api.StartRunAsync(sourceId);
            await hang.Reached.Task.WaitAsync(Deadline, TestContext.Current.CancellationToken);

            Assert.Equal(0, await first.StopAsync());
        }

        Assert.Equal("Queued", await ScalarAsync($"SELECT Status FROM ScrapeRuns WHERE Id = {runId};"));
        Assert.Equal("Queued", await ScalarAsync("SELECT Status FROM WorkItems WHERE Kind = 'scrape.run' ORDER BY Id DESC LIMIT 1;"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM WorkItems WHERE Status = 'Processing';"));

        hang.Disarm();
        await using var second = await StartAsync();
        using var client = Api(second);
        Assert.Equal("completed", (await client.WaitForRunAsync(runId, Deadline)).GetProperty("status").GetString());
    }

    private async Task<AppProcess> StartAsync()
    {
        var app = AppProcess.Start(_directory.Path, new Dictionary<string, string>
        {
            ["JobSentinel__Security__AdminPassword"] = JobSentinelFactory.AdminPassword,
            ["JobSentinel__Security__BootstrapApiKey"] = Key,
            ["JobSentinel__Scraping__RequestsPerSecondPerHost"] = "1000",
            ["JobSentinel__Scraping__MaxRetries"] = "0",
            ["JobSentinel__Health__PdfProbeDelaySeconds"] = "86400",
        });
        await app.WaitUntilHealthyAsync();
        return app;
    }

    private static HttpClient Api(AppProcess app)
    {
        var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-API-Key", Key);
        return client;
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.True(await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken) >= 1);
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={_directory.Combine("jobsentinel.db")};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    /// <summary>Holds requests (the peer has sent them, gets no answer) while armed and tells the test one arrived.</summary>
    private sealed class Hang
    {
        private volatile bool _armed;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Arm() => _armed = true;

        public void Disarm() => _armed = false;

        public async Task HoldIfArmedAsync(HttpContext context)
        {
            if (!_armed)
            {
                return;
            }

            Reached.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
