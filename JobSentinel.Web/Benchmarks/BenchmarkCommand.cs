using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Greenhouse;
using JobSentinel.Web.Cli;
using JobSentinel.Web.Extensions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace JobSentinel.Web.Benchmarks;

/// <summary>
/// <c>benchmark [ingest|e2e|all]</c>: measures the SPEC §8 targets on this machine and prints a table.
/// Everything runs on temporary data directories; nothing of the user's data is touched.
/// </summary>
public static class BenchmarkCommand
{
    private sealed record Row(string Name, int Postings, TimeSpan Elapsed, double Target, string Detail)
    {
        public double Rate => Postings / Elapsed.TotalSeconds;
    }

    /// <summary>One Jobs-page query's latency over the ingested postings.</summary>
    private sealed record SearchRow(string Name, double P50Ms, double P95Ms)
    {
        public const double TargetP95Ms = 200;

        public bool Met => P95Ms < TargetP95Ms;
    }

    public static Command Create(CliContext context)
    {
        var which = new Argument<string>("which") { Description = "ingest, e2e or all.", DefaultValueFactory = _ => "all" };
        which.AcceptOnlyFromAmong("ingest", "e2e", "all");
        var postings = new Option<int>("--postings") { Description = "Postings for the ingest benchmark.", DefaultValueFactory = _ => 100_000 };
        var boardPostings = new Option<int>("--board-postings") { Description = "Postings on the board of the end-to-end benchmark.", DefaultValueFactory = _ => 20_000 };
        var command = new Command("benchmark", "Measure ingest and end-to-end scraping speed against the SPEC targets.") { which, postings, boardPostings };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = context.Output;
            var choice = parseResult.GetValue(which)!;
            var count = parseResult.GetValue(postings);
            var boardCount = parseResult.GetValue(boardPostings);
            if (count < 1000 || boardCount < 100)
            {
                throw new UsageException("--postings must be at least 1000 and --board-postings at least 100.");
            }

            await output.WriteLineAsync(Environment());
            List<Row> rows = [];
            List<SearchRow> searches = [];
            if (choice is "ingest" or "all")
            {
                var (ingest, search) = await IngestAsync(count, output, cancellationToken);
                rows.AddRange(ingest);
                searches.AddRange(search);
            }

            if (choice is "e2e" or "all")
            {
                rows.Add(await EndToEndAsync(boardCount, output, cancellationToken));
            }

            await output.WriteLineAsync();
            await output.WriteLineAsync($"| {"benchmark",-58} | {"postings",9} | {"seconds",8} | {"postings/s",11} | {"target",9} | result |");
            await output.WriteLineAsync($"|{new string('-', 60)}|{new string('-', 11)}|{new string('-', 10)}|{new string('-', 13)}|{new string('-', 11)}|--------|");
            foreach (var row in rows)
            {
                await output.WriteLineAsync(
                    $"| {row.Name,-58} | {row.Postings,9:N0} | {row.Elapsed.TotalSeconds,8:F2} | {row.Rate,11:N0} | {">= " + row.Target.ToString("N0", CultureInfo.InvariantCulture),9} | {(row.Rate >= row.Target ? "met" : "MISSED"),-6} |");
            }

            foreach (var row in rows.Where(r => r.Detail.Length > 0))
            {
                await output.WriteLineAsync($"  {row.Name}: {row.Detail}");
            }

            if (searches.Count > 0)
            {
                await output.WriteLineAsync();
                await output.WriteLineAsync($"| {$"Jobs page query over {count:N0} postings",-58} | {"p50 ms",8} | {"p95 ms",8} | {"target",9} | result |");
                await output.WriteLineAsync($"|{new string('-', 60)}|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 11)}|--------|");
                foreach (var search in searches)
                {
                    await output.WriteLineAsync(
                        $"| {search.Name,-58} | {search.P50Ms,8:F1} | {search.P95Ms,8:F1} | {"< " + SearchRow.TargetP95Ms + " ms",9} | {(search.Met ? "met" : "MISSED"),-6} |");
                }
            }

            return rows.All(r => r.Rate >= r.Target) && searches.All(s => s.Met) ? CliApp.Success : CliApp.Failure;
        });
        return command;
    }

    private static string Environment()
    {
        var configuration = typeof(BenchmarkCommand).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "?";
        var warning = configuration == "Release" ? "" : "  (not a Release build: figures are not representative; use -c Release)";
        return $"JobSentinel benchmarks: {System.Environment.ProcessorCount} cores, .NET {System.Environment.Version}, {configuration} build{warning}";
    }

    /// <summary>Parse, normalise, de-duplicate and upsert a generated board into SQLite, twice (new, then all re-sightings).</summary>
    private static async Task<(IReadOnlyList<Row> Ingest, IReadOnlyList<SearchRow> Search)> IngestAsync(int count, TextWriter output, CancellationToken cancellationToken)
    {
        using var directory = TemporaryDirectory.Create();
        await using var services = BenchmarkServices(directory.Path);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync("benchmark", cancellationToken);
        var sources = services.GetRequiredService<SourceService>();
        var warmup = (await sources.CreateAsync(new SourceDraft { Name = "Warm-up", Type = SourceType.Greenhouse, Board = "warmup" }, "benchmark", cancellationToken)).Source!;
        var bench = (await sources.CreateAsync(new SourceDraft { Name = "Benchmark", Type = SourceType.Greenhouse, Board = "bench" }, "benchmark", cancellationToken)).Source!;

        await output.WriteLineAsync($"Generating a board of {count:N0} postings...");
        var json = GeneratedBoard.Json(count);
        await IngestOnceAsync(services, warmup.Id, GeneratedBoard.Json(2_000, seed: 10_000_000), cancellationToken); // JIT and caches

        await output.WriteLineAsync($"Ingesting {count:N0} new postings ({GeneratedBoard.Size(json) / (1024 * 1024)} MB of JSON)...");
        var first = await IngestOnceAsync(services, bench.Id, json, cancellationToken);
        await output.WriteLineAsync("Ingesting the same postings again (all re-sightings)...");
        var second = await IngestOnceAsync(services, bench.Id, json, cancellationToken);
        await output.WriteLineAsync("Querying the postings as the Jobs page does...");
        var search = await SearchAsync(services.GetRequiredService<JobSearch>(), count, cancellationToken);
        return (
        [
            new("ingest: new postings (parse, normalise, dedupe, upsert)", count, first.Total, 20_000, first.Phases),
            new("ingest: re-run of the same postings (all re-sightings)", count, second.Total, 20_000, second.Phases),
        ], search);
    }

    /// <summary>The Jobs page's typical queries (one page of 50, with the total), timed over the stored postings.</summary>
    private static async Task<IReadOnlyList<SearchRow>> SearchAsync(JobSearch search, int count, CancellationToken cancellationToken)
    {
        const int Repeats = 20;
        (string Name, JobQuery Query)[] cases =
        [
            ("newest first, first page", new JobQuery()),
            ("one word (engineer)", new JobQuery { Q = "engineer" }),
            ("every word must match (kubernetes postgresql senior)", new JobQuery { Q = "kubernetes postgresql senior" }),
            ("company contains (company 42)", new JobQuery { Company = "company 42" }),
            ("remote, salary >= 150k, sorted by salary", new JobQuery { Workplace = "remote", MinSalary = 150_000, Sort = "salary" }),
            ("sorted by title, deep page", new JobQuery { Sort = "title", Page = Math.Max(1, count / 2 / 50) }),
            ("source, posted since, status all", new JobQuery { Source = "Benchmark", Since = new DateTime(2026, 11, 10, 0, 0, 0, DateTimeKind.Utc), Status = "all" }),
        ];
        List<SearchRow> rows = [];
        foreach (var (name, query) in cases)
        {
            await search.SearchAsync(query, cancellationToken);
            var samples = new double[Repeats];
            for (var i = 0; i < Repeats; i++)
            {
                var watch = Stopwatch.StartNew();
                await search.SearchAsync(query, cancellationToken);
                samples[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(samples);
            rows.Add(new SearchRow(name, samples[Repeats / 2], samples[(int)Math.Ceiling(Repeats * 0.95) - 1]));
        }

        return rows;
    }

    private static async Task<(TimeSpan Total, string Phases)> IngestOnceAsync(IServiceProvider services, int sourceId, string json, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<JobStore>();
        var normalizer = services.GetRequiredService<PostingNormalizer>();
        var watch = Stopwatch.StartNew();
        var raw = GreenhouseParser.Parse(json, "bench");
        var parsed = watch.Elapsed;
        var known = await store.LoadContentHashesAsync(sourceId, cancellationToken);
        var batches = normalizer.NormalizeBatchesAsync(raw, "Benchmark", known, cancellationToken);
        var result = await store.IngestAsync(sourceId, batches, DateTime.UtcNow, 3, cancellationToken);
        var total = watch.Elapsed;
        return (total, $"parse {parsed.TotalSeconds:F2} s, normalise and store (overlapping) {(total - parsed).TotalSeconds:F2} s " +
            $"({result.New:N0} new, {result.Found - result.New:N0} seen again)");
    }

    /// <summary>A generated board served on 127.0.0.1, ingested through the HTTP API of a server started here.</summary>
    private static async Task<Row> EndToEndAsync(int count, TextWriter output, CancellationToken cancellationToken)
    {
        using var directory = TemporaryDirectory.Create();
        var board = GeneratedBoard.Json(count);
        await using var boardServer = await StartAsync(WebApplication.CreateSlimBuilder(), app =>
            app.MapGet("/v1/boards/bench/jobs", () => Results.Text(board, "application/json")));
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JobSentinel:DataDirectory"] = directory.Path,
            ["JobSentinel:Security:BootstrapApiKey"] = key,
            ["JobSentinel:Security:AdminPassword"] = key,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddJobSentinel();
        await using var server = await StartAsync(builder, app => app.UseJobSentinel());

        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        client.DefaultRequestHeaders.Add("X-API-Key", key);
        var created = await client.PostAsJsonAsync("/api/v1/sources",
            new { name = "Benchmark board", type = "greenhouse", board = "bench", baseUrl = boardServer.Address }, cancellationToken);
        var sourceId = (await created.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetInt32();

        await output.WriteLineAsync($"Running a {count:N0}-posting board on 127.0.0.1 through POST /api/v1/sources/{sourceId}/run...");
        var watch = Stopwatch.StartNew();
        var started = await client.PostAsync($"/api/v1/sources/{sourceId}/run", null, cancellationToken);
        var runId = (await started.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("runId").GetInt64();
        JsonElement run;
        do
        {
            await Task.Delay(10, cancellationToken);
            run = await client.GetFromJsonAsync<JsonElement>($"/api/v1/scrape-runs/{runId}", cancellationToken);
        }
        while (run.GetProperty("status").GetString() is "queued" or "running");

        var elapsed = watch.Elapsed;
        var status = run.GetProperty("status").GetString();
        var detail = status == "completed"
            ? $"{run.GetProperty("jobsNew").GetInt32():N0} new postings; the run itself took {run.GetProperty("durationMs").GetInt64() / 1000.0:F2} s"
            : $"the run failed: {run.GetProperty("error").GetString()}";
        return new Row("end to end: POST /sources/{id}/run to a completed run", status == "completed" ? count : 0, elapsed, 5_000, detail);
    }

    private static ServiceProvider BenchmarkServices(string dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = dataDirectory });
        builder.Configuration["JobSentinel:DataDirectory"] = dataDirectory;
        builder.Logging.ClearProviders();
        builder.Services.AddJobSentinelCoreForBenchmark(builder.Configuration);
        return builder.Services.BuildServiceProvider();
    }

    private static IServiceCollection AddJobSentinelCoreForBenchmark(this IServiceCollection services, IConfiguration configuration)
    {
        Core.CoreServiceCollectionExtensions.AddJobSentinelCore(services, configuration);
        return services.AddJobSentinelDataProtection();
    }

    private static async Task<RunningServer> StartAsync(WebApplicationBuilder builder, Action<WebApplication> configure)
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        configure(app);
        await app.StartAsync();
        return new RunningServer(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    private sealed record RunningServer(WebApplication App, string Address) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    private sealed record TemporaryDirectory(string Path) : IDisposable
    {
        public static TemporaryDirectory Create() =>
            new(Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"jobsentinel-benchmark-{Guid.NewGuid():N}")).FullName);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
