using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration.Health;

/// <summary>
/// A data directory that stops taking writes (remounted read-only, disk full) makes the service unhealthy with a
/// reason an operator acts on, never crashes it, and leaves the stored data intact.
/// </summary>
public sealed class DataDirectoryWriteFailureTests
{
    private static JobSentinelFactory Start(string dataDirectory, LogCollector? logs = null) =>
        new(dataDirectory, services => services.AddLogging(logging => logging.AddProvider(logs ?? new LogCollector())),
            ScrapeApi.FastScraping(new() { ["JobSentinel:Health:WriteProbeSeconds"] = "0" }));

    [Fact]
    public async Task ReadOnlyDataDirectory_IsUnhealthyWithTheReason_AndRecoversWhenWritableAgain()
    {
        using var mount = TmpfsMount.Create(64);
        var data = Path.Combine(mount.Path, "data");
        await using var factory = Start(data);
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);

        mount.ReadOnly();
        var (code, disk) = await client.GetCheckAsync("disk");
        using var overall = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        using var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        Assert.Equal("unhealthy", disk.Status());
        Assert.Equal($"The data directory {data} is read-only.", disk.Description());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, overall.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        mount.ReadWrite();
        Assert.Equal("healthy", (await client.GetCheckAsync("disk")).Check.Status());
    }

    [Fact]
    public async Task FullDisk_IsUnhealthy_AFailedScrapeKeepsTheDatabaseIntact_AndRunsWorkOnceThereIsSpace()
    {
        using var mount = TmpfsMount.Create(48);
        var data = Path.Combine(mount.Path, "data");
        var big = string.Concat(Enumerable.Repeat("<p>Kubernetes, Go and PostgreSQL, with a long description that fills pages. </p>", 60));
        string? filler = null;
        var calls = 0;
        await using var board = await FakeBoard.StartAsync(context =>
        {
            // The second run finds the disk full once it has been recorded: its postings cannot be stored.
            var call = Interlocked.Increment(ref calls);
            if (call == 2)
            {
                filler = mount.Fill();
            }

            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(BoardPayloads.Greenhouse(call == 1
                ? BoardPayloads.Many(3)
                : [.. BoardPayloads.Many(3), .. BoardPayloads.Many(2000, "Platform Engineer", 100).Select(j => j with { Content = big })]));
        });
        LogCollector logs = new();
        await using var factory = Start(data, logs);
        using var api = factory.CreateApiClient();
        var sourceId = (await api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();
        Assert.Equal("completed", (await api.RunAndWaitAsync(sourceId)).GetProperty("status").GetString());

        var runId = await api.StartRunAsync(sourceId);
        await Eventually.AssertAsync(() => Assert.NotNull(filler), TimeSpan.FromSeconds(30));
        var (code, disk) = await api.GetCheckAsync("disk");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        Assert.Equal($"No space left on device: the data directory {data} cannot be written.", disk.Description());

        // Storing 2,000 postings needs more pages than the full disk has: the transaction rolls back and the run fails.
        // Its outcome is recorded in the log file's space, or, where even that is taken, waits for space (StorageRetry,
        // see StorageRetryTests) instead of leaving the run "running".
        await Eventually.AssertAsync(() => Assert.Contains(logs.Messages, m => m.Contains("Scrape of Acme failed", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60));
        Assert.Equal(3, (await api.GetJsonAsync("/api/v1/jobs")).GetProperty("total").GetInt32());

        // Small writes still fit in the log file's space for a while (the checkpoint after the first run lets SQLite reuse
        // it); once that is used up, every write is refused with the reason, never with a 500.
        var accepted = 0;
        while (true)
        {
            using var answer = await api.PostAsJsonAsync("/api/v1/sources",
                new { name = $"Other {accepted}", type = "greenhouse", board = "other", baseUrl = board.BaseUrl }, TestContext.Current.CancellationToken);
            if (answer.StatusCode == HttpStatusCode.Created && ++accepted < 5_000)
            {
                continue;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            var problem = await answer.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken);
            Assert.StartsWith("No space left on device: the database", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            break;
        }

        File.Delete(filler!);
        var failed = await api.WaitForRunAsync(runId);
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.StartsWith("The postings could not be stored: SQLite Error 13: 'database or disk is full'.", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("healthy", (await api.GetCheckAsync("disk")).Check.Status());
        Assert.Equal("healthy", (await api.GetCheckAsync("database")).Check.Status());
        Assert.Equal("ok", await IntegrityAsync(Path.Combine(data, "jobsentinel.db")));
        Assert.Equal("completed", (await api.RunAndWaitAsync(sourceId)).GetProperty("status").GetString());
        Assert.Equal(2003, (await api.GetJsonAsync("/api/v1/jobs")).GetProperty("total").GetInt32());
    }

    private static async Task<string?> IntegrityAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
