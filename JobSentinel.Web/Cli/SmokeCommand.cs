using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace JobSentinel.Web.Cli;

/// <summary>
/// <c>smoke --url &lt;u&gt; [--api-key &lt;k&gt;]</c>: an end-to-end check of a running instance after a deploy — liveness,
/// health, every health component, version, a dry test of the first enabled source (skipped when there is none) and
/// an analysis of a small built-in resume against a built-in job text. One line per step; exit 1 when any fails.
/// </summary>
public static class SmokeCommand
{
    public const string ApiKeyVariable = "JOBSENTINEL_API_KEY";

    private const string Resume = """
        Jane Doe
        jane.doe@example.com | +1 555 0100 | Berlin, Germany

        SUMMARY
        Backend engineer with 6 years of experience building APIs in C# and .NET, PostgreSQL and Docker.

        EXPERIENCE
        Senior Software Engineer, Example GmbH, 2020 - present
        - Built REST APIs in C# and ASP.NET Core serving 2 million requests a day
        - Moved services to Docker and Kubernetes, cutting deploy time by 60%

        Software Engineer, Sample AG, 2018 - 2020
        - Wrote SQL and PostgreSQL reports; added automated tests with xUnit

        EDUCATION
        B.Sc. Computer Science, TU Berlin, 2018

        SKILLS
        C#, .NET, ASP.NET Core, PostgreSQL, SQL, Docker, Kubernetes, Git, xUnit
        """;

    private const string Job = """
        Senior Backend Engineer (C#/.NET)
        We are looking for a backend engineer with 5+ years of experience in C#, .NET and ASP.NET Core.
        You will build REST APIs, work with PostgreSQL and deploy with Docker and Kubernetes.
        Bachelor's degree in Computer Science or similar.
        """;

    private sealed record Step(string Name, bool Ok, long Milliseconds, string Detail);

    public static Command Create(CliContext context)
    {
        var url = new Option<string>("--url") { Description = "Base address of the running instance, e.g. https://jobs.example.com.", Required = true };
        var apiKey = new Option<string?>("--api-key") { Description = $"API key for /api/v1 (default: the {ApiKeyVariable} environment variable)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds allowed per request (default 30).", DefaultValueFactory = _ => 30 };
        var command = new Command("smoke", "End-to-end self-check of a running instance (after a deploy).") { url, apiKey, timeout };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var given = parseResult.GetRequiredValue(url);
            if (!Uri.TryCreate(given, UriKind.Absolute, out var baseAddress) || baseAddress.Scheme is not ("http" or "https"))
            {
                throw new UsageException($"--url must be an absolute http:// or https:// address, not '{given}'.");
            }

            if (parseResult.GetValue(timeout) is < 1 or > 600)
            {
                throw new UsageException("--timeout must be between 1 and 600 seconds.");
            }

            var key = parseResult.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable);
            using var client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) })
            {
                BaseAddress = baseAddress,
                Timeout = TimeSpan.FromSeconds(parseResult.GetValue(timeout)),
            };
            if (!string.IsNullOrWhiteSpace(key))
            {
                client.DefaultRequestHeaders.Add("X-API-Key", key.Trim());
            }

            return await RunAsync(client, string.IsNullOrWhiteSpace(key), context.Output, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(HttpClient client, bool noKey, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"Smoke test of {client.BaseAddress}");
        var failures = 0;
        async Task<Step> Run(string name, Func<Task<string>> step)
        {
            var watch = Stopwatch.StartNew();
            Step result;
            try
            {
                result = new Step(name, true, 0, await step());
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or SmokeFailure or JsonException or InvalidOperationException)
            {
                result = new Step(name, false, 0, Reason(ex));
            }

            result = result with { Milliseconds = watch.ElapsedMilliseconds };
            failures += result.Ok ? 0 : 1;
            await output.WriteLineAsync($"{(result.Ok ? "✓" : "✗")} {result.Name,-32} {result.Milliseconds,6} ms  {result.Detail}".TrimEnd());
            return result;
        }

        var live = await Run("GET /health/live", async () =>
        {
            using var response = await client.GetAsync("/health/live", cancellationToken);
            return Expect(response, 200);
        });
        if (!live.Ok)
        {
            await output.WriteLineAsync("Stopped: the instance is not reachable.");
            return CliApp.Failure;
        }

        await Run("GET /health", async () =>
        {
            using var response = await client.GetAsync("/health", cancellationToken);
            var status = (await ReadAsync(response, cancellationToken)).GetProperty("status").GetString();
            return status is "healthy" or "degraded" ? status : throw new SmokeFailure($"status is {status} (HTTP {(int)response.StatusCode})");
        });

        List<string> components = [];
        await Run("GET /api/v1/health/detailed", async () =>
        {
            using var response = await client.GetAsync("/api/v1/health/detailed", cancellationToken);
            var body = await ReadAsync(response, cancellationToken, allowServiceUnavailable: true);
            foreach (var check in body.GetProperty("checks").EnumerateObject())
            {
                components.Add($"    {check.Name,-14} {check.Value.GetProperty("status").GetString()}  {Text(check.Value, "description")}");
            }

            var status = body.GetProperty("status").GetString();
            return status == "unhealthy" ? throw new SmokeFailure("status is unhealthy") : status!;
        });
        foreach (var line in components)
        {
            await output.WriteLineAsync(line.TrimEnd());
        }

        await Run("GET /api/v1/version", async () =>
        {
            using var response = await client.GetAsync("/api/v1/version", cancellationToken);
            var body = await ReadAsync(response, cancellationToken);
            return $"version {Text(body, "version")}, commit {Text(body, "commit")}";
        });

        if (noKey)
        {
            await output.WriteLineAsync($"✗ no API key: give --api-key or set {ApiKeyVariable}; the source test and the analysis cannot run.");
            return CliApp.Failure;
        }

        await Run("POST /api/v1/sources/test", async () =>
        {
            using var list = await client.GetAsync("/api/v1/sources?pageSize=100", cancellationToken);
            var sources = (await ReadAsync(list, cancellationToken)).GetProperty("items").EnumerateArray();
            if (sources.FirstOrDefault(s => s.GetProperty("enabled").GetBoolean()) is not { ValueKind: JsonValueKind.Object } source)
            {
                return "skipped: no enabled source to test";
            }

            var options = source.TryGetProperty("options", out var stored) && stored.ValueKind == JsonValueKind.Object
                ? stored.EnumerateObject().Where(o => o.Value.GetString() != "********").ToDictionary(o => o.Name, o => o.Value.GetString() ?? "")
                : [];
            using var response = await client.PostAsJsonAsync("/api/v1/sources/test", new
            {
                name = Text(source, "name"),
                type = Text(source, "type"),
                board = Text(source, "board"),
                url = Text(source, "url"),
                baseUrl = Text(source, "baseUrl"),
                options,
            }, cancellationToken);
            var body = await ReadAsync(response, cancellationToken);
            return body.GetProperty("ok").GetBoolean()
                ? $"{Text(source, "name")}: {body.GetProperty("jobsFound").GetInt32()} posting(s) found"
                : throw new SmokeFailure($"{Text(source, "name")}: {Text(body, "error")}");
        });

        await Run("POST /api/v1/analyze", async () =>
        {
            using var form = new MultipartFormDataContent();
            var file = new StringContent(Resume);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(file, "resume", "smoke-resume.txt");
            form.Add(new StringContent(Job), "jobDescription");
            using var response = await client.PostAsync("/api/v1/analyze", form, cancellationToken);
            var body = await ReadAsync(response, cancellationToken);
            var ats = body.GetProperty("atsReport").GetProperty("score").GetInt32();
            return body.TryGetProperty("relevance", out var relevance) && relevance.ValueKind == JsonValueKind.Object
                ? $"ATS score {ats}, relevance {relevance.GetProperty("relevanceScore").GetInt32()}"
                : throw new SmokeFailure("the answer has no relevance score");
        });

        await output.WriteLineAsync(failures == 0 ? "All checks passed." : $"{failures} check(s) failed.");
        return failures == 0 ? CliApp.Success : CliApp.Failure;
    }

    private static string Expect(HttpResponseMessage response, int status) =>
        (int)response.StatusCode == status ? $"HTTP {status}" : throw new SmokeFailure($"HTTP {(int)response.StatusCode}, expected {status}");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken, bool allowServiceUnavailable = false)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode && !(allowServiceUnavailable && (int)response.StatusCode == 503))
        {
            var hint = (int)response.StatusCode == 401 ? " (is the API key right?)" : "";
            throw new SmokeFailure($"HTTP {(int)response.StatusCode}{hint}: {Shorten(text)}");
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new SmokeFailure($"the answer is not JSON: {Shorten(text)}");
        }
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;

    private static string Reason(Exception ex) => ex switch
    {
        TaskCanceledException => "timed out",
        HttpRequestException http => http.InnerException?.Message is { } inner ? $"{http.Message} ({inner})" : http.Message,
        KeyNotFoundException => "the answer lacks an expected field",
        _ => ex.Message,
    };

    private sealed class SmokeFailure(string message) : Exception(message);
}
