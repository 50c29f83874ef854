using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using JobSentinel.Core.Browser;
using JobSentinel.Core.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace JobSentinel.Web.Benchmarks;

/// <summary>
/// <c>benchmark alerts</c>: a board on 127.0.0.1 publishes one strong match at a time; each is timed from
/// the moment the run stored it (its <c>firstSeenAt</c>) to its arrival at a Slack webhook on
/// 127.0.0.1, and to its row appearing on a Jobs page open in Chromium (no reload, no polling).
/// </summary>
internal static partial class AlertLatencyBenchmark
{
    private const string PublicUrl = "http://jobsentinel.benchmark";
    private const int WarmUpRounds = 3;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    // Records when each job's row first appears on the page, in the browser's clock (this machine's).
    private const string WatchRows = """
        () => {
            window.__seen = {};
            const record = () => document.querySelectorAll('[data-testid=job-title]').forEach(link => {
                const id = link.getAttribute('href').split('/').pop();
                if (!(id in window.__seen)) window.__seen[id] = Date.now();
            });
            record();
            new MutationObserver(record).observe(document.body, { childList: true, subtree: true });
        }
        """;

    public static async Task<IReadOnlyList<LatencyRow>> RunAsync(int rounds, TextWriter output, CancellationToken cancellationToken)
    {
        using var directory = BenchmarkHost.TemporaryDirectory.Create();
        List<object> published = [];
        await using var board = await BenchmarkHost.StartAsync(WebApplication.CreateSlimBuilder(), app => app.MapGet("/v1/boards/bench/jobs", () =>
        {
            lock (published)
            {
                return Results.Text(JsonSerializer.Serialize(new { jobs = published, meta = new { total = published.Count } }), "application/json");
            }
        }));
        var arrived = new ConcurrentDictionary<long, DateTime>();
        await using var slack = await BenchmarkHost.StartAsync(WebApplication.CreateSlimBuilder(), app => app.MapPost("/hook", async (HttpRequest request) =>
        {
            var at = DateTime.UtcNow;
            using var reader = new StreamReader(request.Body);
            foreach (Match link in JobLink().Matches(await reader.ReadToEndAsync()))
            {
                arrived.TryAdd(long.Parse(link.Groups[1].Value, CultureInfo.InvariantCulture), at);
            }

            return Results.Text("ok");
        }));
        await using var server = await BenchmarkHost.StartJobSentinelAsync(directory.Path, new Dictionary<string, string?> { ["JobSentinel:Alerts:PublicUrl"] = PublicUrl });
        using var client = server.ApiClient();
        (await client.PutAsJsonAsync("/api/v1/profile",
            new { titleAllowlist = new[] { "platform" }, keywordsBoost = new[] { "kubernetes", "go" }, salaryTarget = 150_000 }, cancellationToken)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/alert-channels",
            new { name = "Slack", type = "slack", url = slack.Address + "/hook", minScore = 0.5 }, cancellationToken)).EnsureSuccessStatusCode();
        var sourceId = await BenchmarkHost.CreateSourceAsync(client, board.Address, cancellationToken);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = server.App.Services.GetRequiredService<IOptions<BrowserOptions>>().Value.ExecutablePath,
            Headless = true,
            Args = BrowserPool.LaunchArguments,
        });
        var page = await OpenJobsPageAsync(browser, server);

        await output.WriteLineAsync($"Publishing {rounds} strong matches one at a time: timing Slack on 127.0.0.1 and the open Jobs page in Chromium...");
        List<double> webhook = [];
        List<double> visible = [];
        HashSet<long> handled = [];
        for (var round = 1; round <= rounds + WarmUpRounds; round++)
        {
            lock (published)
            {
                published.Add(StrongMatch(round));
            }

            var run = await BenchmarkHost.RunAsync(client, sourceId, cancellationToken);
            if (run.GetProperty("status").GetString() != "completed")
            {
                throw new InvalidOperationException($"The benchmark board's run failed: {run.GetProperty("error")}");
            }

            var jobId = await WaitForAsync(() => arrived.Keys.Where(id => !handled.Contains(id)).Cast<long?>().FirstOrDefault(), "the Slack alert", cancellationToken);
            handled.Add(jobId);
            var stored = await StoredAtAsync(client, jobId, cancellationToken);
            var shown = await page.WaitForFunctionAsync("id => window.__seen[id]", jobId.ToString(CultureInfo.InvariantCulture),
                new PageWaitForFunctionOptions { Timeout = (float)Patience.TotalMilliseconds });
            var shownAt = DateTime.UnixEpoch.AddMilliseconds(await shown.JsonValueAsync<double>());
            if (round > WarmUpRounds)
            {
                webhook.Add((arrived[jobId] - stored).TotalMilliseconds);
                visible.Add((shownAt - stored).TotalMilliseconds);
            }
        }

        return
        [
            LatencyRow.Of("ingest to Slack webhook 2xx (127.0.0.1)", webhook, 0.99, 1000),
            LatencyRow.Of("ingest to the row on the open Jobs page (Chromium)", visible, 0.99, 1000),
        ];
    }

    private static async Task<IPage> OpenJobsPageAsync(IBrowser browser, BenchmarkHost.RunningServer server)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(server.Key);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync("/jobs");
        await page.Locator(".mud-layout[data-interactive=true]").WaitForAsync();
        await page.EvaluateAsync(WatchRows);
        return page;
    }

    private static object StrongMatch(int round) => new Dictionary<string, object>
    {
        ["id"] = 7_000_000_000L + round,
        ["title"] = $"Staff Platform Engineer {round}",
        ["company_name"] = "Benchmark Robotics",
        ["absolute_url"] = $"https://boards.greenhouse.io/bench/postings/{7_000_000_000L + round}",
        ["location"] = new Dictionary<string, string> { ["name"] = "Remote (US)" },
        ["updated_at"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["first_published"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["content"] = System.Net.WebUtility.HtmlEncode("<p>Kubernetes and Go on our platform team. $180,000 - $220,000 a year.</p>"),
    };

    private static async Task<DateTime> StoredAtAsync(HttpClient client, long jobId, CancellationToken cancellationToken)
    {
        var job = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}", cancellationToken);
        return DateTimeOffset.Parse(job.GetProperty("firstSeenAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime;
    }

    private static async Task<long> WaitForAsync(Func<long?> probe, string what, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {Patience.TotalSeconds:0} s for {what}.");
            }

            await Task.Delay(2, cancellationToken);
        }
    }

    [GeneratedRegex(@"jobsentinel\.benchmark/jobs/(\d+)")]
    private static partial Regex JobLink();
}
