using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Profiles;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Greenhouse;
using JobSentinel.Web.Cli;
using JobSentinel.Web.Extensions;
using JobSentinel.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace JobSentinel.Web.Benchmarks;

/// <summary>
/// <c>benchmark [ingest|e2e|alerts|analysis|all]</c>: measures the SPEC §8 targets on this machine and prints a table.
/// Everything runs on temporary data directories; nothing of the user's data is touched.
/// </summary>
public static class BenchmarkCommand
{
    private sealed record Row(string Name, int Postings, TimeSpan Elapsed, double Target, string Detail)
    {
        public double Rate => Postings / Elapsed.TotalSeconds;
    }

    public static Command Create(CliContext context)
    {
        var which = new Argument<string>("which") { Description = "ingest, e2e, alerts, analysis or all.", DefaultValueFactory = _ => "all" };
        which.AcceptOnlyFromAmong("ingest", "e2e", "alerts", "analysis", "all");
        var postings = new Option<int>("--postings") { Description = "Postings for the ingest benchmark.", DefaultValueFactory = _ => 100_000 };
        var boardPostings = new Option<int>("--board-postings") { Description = "Postings on the board of the end-to-end benchmark.", DefaultValueFactory = _ => 20_000 };
        var resume = new Option<FileInfo?>("--resume") { Description = "A PDF resume for the analysis benchmark instead of the generated two-page one." };
        var rounds = new Option<int>("--alert-rounds") { Description = "New strong matches published one by one in the alerts benchmark.", DefaultValueFactory = _ => 40 };
        var command = new Command("benchmark", "Measure ingest, search, rescoring, end-to-end scraping, alert latency and resume analysis against the SPEC targets.")
        {
            which, postings, boardPostings, rounds, resume,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = context.Output;
            var choice = parseResult.GetValue(which)!;
            var count = parseResult.GetValue(postings);
            var boardCount = parseResult.GetValue(boardPostings);
            var alertRounds = parseResult.GetValue(rounds);
            if (count < 1000 || boardCount < 100 || alertRounds < 5)
            {
                throw new UsageException("--postings must be at least 1000, --board-postings at least 100 and --alert-rounds at least 5.");
            }

            await output.WriteLineAsync(Environment());
            List<Row> rows = [];
            List<LatencyRow> latencies = [];
            if (choice is "ingest" or "all")
            {
                var (ingest, latency) = await IngestAsync(count, output, cancellationToken);
                rows.AddRange(ingest);
                latencies.AddRange(latency);
            }

            if (choice is "e2e" or "all")
            {
                rows.Add(await EndToEndAsync(boardCount, output, cancellationToken));
            }

            if (choice is "alerts" or "all")
            {
                latencies.AddRange(await AlertLatencyBenchmark.RunAsync(alertRounds, output, cancellationToken));
            }

            if (choice is "analysis" or "all")
            {
                var resumeFile = parseResult.GetValue(resume);
                if (resumeFile is { Exists: false })
                {
                    throw new UsageException($"The file {resumeFile.FullName} does not exist.");
                }

                var pdf = resumeFile is null ? SampleResume.Pdf() : await File.ReadAllBytesAsync(resumeFile.FullName, cancellationToken);
                latencies.AddRange(await AnalysisBenchmark.RunAsync(pdf, resumeFile?.Name, output, cancellationToken));
            }

            if (rows.Count > 0)
            {
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
            }

            if (latencies.Count > 0)
            {
                await output.WriteLineAsync();
                await output.WriteLineAsync($"| {"latency",-66} | {"p50 ms",8} | {"tail ms",11} | {"target",14} | result |");
                await output.WriteLineAsync($"|{new string('-', 68)}|{new string('-', 10)}|{new string('-', 13)}|{new string('-', 16)}|--------|");
                foreach (var row in latencies)
                {
                    await output.WriteLineAsync(
                        $"| {row.Name,-66} | {row.P50Ms,8:F1} | {row.Tail + " " + row.TailMs.ToString("F1", CultureInfo.InvariantCulture),11} | {row.Tail + " < " + row.TargetMs + " ms",14} | {(row.Met ? "met" : "MISSED"),-6} |");
                }
            }

            return rows.All(r => r.Rate >= r.Target) && latencies.All(s => s.Met) ? CliApp.Success : CliApp.Failure;
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
    private static async Task<(IReadOnlyList<Row> Ingest, IReadOnlyList<LatencyRow> Latency)> IngestAsync(int count, TextWriter output, CancellationToken cancellationToken)
    {
        using var directory = BenchmarkHost.TemporaryDirectory.Create();
        await using var services = BenchmarkServices(directory.Path);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync("benchmark", cancellationToken);
        var sources = services.GetRequiredService<SourceService>();
        var warmup = (await sources.CreateAsync(new SourceDraft { Name = "Warm-up", Type = SourceType.Greenhouse, Board = "warmup" }, "benchmark", cancellationToken)).Source!;
        var bench = (await sources.CreateAsync(new SourceDraft { Name = "Benchmark", Type = SourceType.Greenhouse, Board = "bench" }, "benchmark", cancellationToken)).Source!;

        await output.WriteLineAsync($"Generating a board of {count:N0} postings...");
        var json = GeneratedBoard.Json(count);
        await IngestOnceAsync(services, warmup.Id, GeneratedBoard.Json(2_000, seed: 10_000_000), cancellationToken); // JIT and caches
        await JitSettledAsync(cancellationToken);

        await output.WriteLineAsync($"Ingesting {count:N0} new postings ({GeneratedBoard.Size(json) / (1024 * 1024)} MB of JSON)...");
        var first = await IngestOnceAsync(services, bench.Id, json, cancellationToken);
        await output.WriteLineAsync("Ingesting the same postings again (all re-sightings)...");
        var second = await IngestOnceAsync(services, bench.Id, json, cancellationToken);
        await output.WriteLineAsync("Querying the postings as the Jobs page does...");
        var search = await SearchAsync(services.GetRequiredService<JobSearch>(), count, cancellationToken);
        await output.WriteLineAsync("Rescoring every stored posting against the search profiles...");
        var rescoring = await RescoreAsync(services, count, cancellationToken);
        return (
        [
            new("ingest: new postings (parse, normalise, dedupe, upsert)", count, first.Total, 20_000, first.Phases),
            new("ingest: re-run of the same postings (all re-sightings)", count, second.Total, 20_000, second.Phases),
        ], [.. search, .. rescoring]);
    }

    /// <summary>
    /// Waits until the tiered JIT has stopped compiling what the warm-up made hot: measured otherwise, a run shares the
    /// two cores with the JIT's background compilation of its own code, which a long-running server has long finished.
    /// </summary>
    private static async Task JitSettledAsync(CancellationToken cancellationToken)
    {
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var i = 0; i < 40; i++)
        {
            await Task.Delay(250, cancellationToken);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled)
            {
                return;
            }

            compiled = now;
        }
    }

    /// <summary>What saving a profile costs: every stored posting scored again and its best score stored.</summary>
    private static async Task<IReadOnlyList<LatencyRow>> RescoreAsync(IServiceProvider services, int count, CancellationToken cancellationToken)
    {
        const int Repeats = 5;
        var profiles = services.GetRequiredService<ProfileService>();
        var scorer = services.GetRequiredService<MatchScorer>();
        await profiles.UpdateAsync(null, new ProfileDraft
        {
            TitleAllowlist = ["engineer", "developer", "sre"],
            TitleBlocklist = ["manager", "junior"],
            KeywordsBoost = ["kubernetes", "go", "postgresql", "aws", "kafka"],
            KeywordsExclude = ["clearance"],
            Cities = ["Berlin", "New York"],
            Countries = ["Germany"],
            SalaryFloor = 90_000,
            SalaryTarget = 150_000,
            PreferredCompanies = ["Company 42", "Company 7"],
            BlockedCompanies = ["Company 13"],
        }, "benchmark", cancellationToken);

        List<LatencyRow> rows = [];
        foreach (var profileCount in new[] { 1, 2 })
        {
            if (profileCount == 2)
            {
                await profiles.CreateAsync(new ProfileDraft
                {
                    Name = "Data, Europe",
                    TitleAllowlist = ["data", "machine learning"],
                    KeywordsBoost = ["python", "spark", "airflow"],
                    AllowOnsite = false,
                    Countries = ["Germany", "Netherlands", "United Kingdom"],
                    SalaryTarget = 90_000,
                    Currency = "EUR",
                }, "benchmark", cancellationToken);
            }

            await scorer.RescoreAllAsync(null, cancellationToken);
            var samples = new List<double>();
            for (var i = 0; i < Repeats; i++)
            {
                var watch = Stopwatch.StartNew();
                await scorer.RescoreAllAsync(null, cancellationToken);
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }

            rows.Add(LatencyRow.Of($"rescore all {count:N0} postings, {profileCount} profile(s)", samples, 1.0, 1000));
        }

        return rows;
    }

    /// <summary>The Jobs page's typical queries (one page of 50, with the total), timed over the stored postings.</summary>
    private static async Task<IReadOnlyList<LatencyRow>> SearchAsync(JobSearch search, int count, CancellationToken cancellationToken)
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
        List<LatencyRow> rows = [];
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

            rows.Add(LatencyRow.Of($"Jobs page, {count:N0} postings: {name}", samples, 0.95, 200));
        }

        return rows;
    }

    private static async Task<(TimeSpan Total, string Phases)> IngestOnceAsync(IServiceProvider services, int sourceId, string json, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<JobStore>();
        var normalizer = services.GetRequiredService<PostingNormalizer>();
        var watch = Stopwatch.StartNew();
        var raw = GreenhouseParser.ParseInBatches(json, "bench"); // as a run reads the board: the postings are read batch by batch
        var parsed = watch.Elapsed;
        var known = await store.LoadContentHashesAsync(sourceId, cancellationToken);
        var batches = normalizer.NormalizeBatchesAsync(raw.Batches, "Benchmark", known, cancellationToken);
        var result = await store.IngestAsync(sourceId, batches, DateTime.UtcNow, 3, cancellationToken);
        var total = watch.Elapsed;
        await services.GetRequiredService<WalCheckpointer>().Idle; // not part of the run, but not left to overlap the next one
        var checkpoint = watch.Elapsed - total;
        return (total, $"parse the JSON {parsed.TotalSeconds:F2} s, read postings, normalise and store (overlapping) {(total - parsed).TotalSeconds:F2} s " +
            $"({result.New:N0} new, {result.Found - result.New:N0} seen again); the log reached the database file {checkpoint.TotalSeconds:F2} s later, in the background");
    }

    /// <summary>A generated board served on 127.0.0.1, ingested through the HTTP API of a server started here.</summary>
    private static async Task<Row> EndToEndAsync(int count, TextWriter output, CancellationToken cancellationToken)
    {
        using var directory = BenchmarkHost.TemporaryDirectory.Create();
        var board = GeneratedBoard.Json(count);
        await using var boardServer = await BenchmarkHost.StartAsync(WebApplication.CreateSlimBuilder(), app =>
            app.MapGet("/v1/boards/bench/jobs", () => Results.Text(board, "application/json")));
        await using var server = await BenchmarkHost.StartJobSentinelAsync(directory.Path);
        using var client = server.ApiClient();
        var sourceId = await BenchmarkHost.CreateSourceAsync(client, boardServer.Address, cancellationToken);

        await output.WriteLineAsync($"Running a {count:N0}-posting board on 127.0.0.1 through POST /api/v1/sources/{sourceId}/run...");
        var watch = Stopwatch.StartNew();
        var run = await BenchmarkHost.RunAsync(client, sourceId, cancellationToken);
        var elapsed = watch.Elapsed;
        var status = run.GetProperty("status").GetString();
        var detail = status == "completed"
            ? $"{run.GetProperty("jobsNew").GetInt32():N0} new postings; the run itself took {run.GetProperty("durationMs").GetInt64() / 1000.0:F2} s"
            : $"the run failed: {run.GetProperty("error").GetString()}";
        return new Row("end to end: POST /sources/{id}/run to a completed run", status == "completed" ? count : 0, elapsed, 5_000, detail);
    }

    private static ServiceProvider BenchmarkServices(string dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = ConfigFiles.WithoutReload([]), ContentRootPath = dataDirectory });
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
}
