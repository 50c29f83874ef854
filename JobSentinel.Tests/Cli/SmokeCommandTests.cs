using System.Net.Http.Json;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Cli;

namespace JobSentinel.Tests.Cli;

/// <summary><c>smoke</c> against the real binary listening on a port, a closed port, and bad arguments.</summary>
public sealed class SmokeCommandTests
{
    private const string Key = "js_smoke_key_0123456789abcdef";

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static Dictionary<string, string> Settings() => new()
    {
        ["JobSentinel__Security__BootstrapApiKey"] = Key,
        ["JobSentinel__Security__AdminPassword"] = "correct horse battery staple",
    };

    [Fact]
    public async Task Smoke_AgainstARunningInstance_PassesEveryStep()
    {
        using var directory = new TempDirectory();
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(BoardPayloads.Many(3)));
        await using var app = AppProcess.Start(directory.Path, Settings());
        await app.WaitUntilHealthyAsync();
        using (var api = new HttpClient { BaseAddress = app.BaseAddress })
        {
            api.DefaultRequestHeaders.Add("X-API-Key", Key);
            using var created = await api.PostAsJsonAsync("/api/v1/sources",
                new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl, schedule = "0 0 1 1 *" }, Ct);
            created.EnsureSuccessStatusCode();
        }

        var (code, output, _) = await RunAsync("smoke", "--url", app.BaseAddress.ToString(), "--api-key", Key);

        Assert.True(code == CliApp.Success, output);
        foreach (var step in new[] { "GET /health/live", "GET /health", "GET /api/v1/health/detailed", "GET /api/v1/version", "POST /api/v1/sources/test", "POST /api/v1/analyze" })
        {
            Assert.Matches($@"✓ {System.Text.RegularExpressions.Regex.Escape(step)}\s+\d+ ms", output);
        }

        Assert.Contains("Acme: 3 posting(s) found", output, StringComparison.Ordinal);
        Assert.Matches(@"\n\s+database\s+healthy", output);
        Assert.Contains("ATS score", output, StringComparison.Ordinal);
        Assert.Contains("All checks passed.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smoke_WithAWrongKeyFromTheEnvironment_FailsTheApiStepsWithExit1()
    {
        using var directory = new TempDirectory();
        await using var app = AppProcess.Start(directory.Path, Settings());
        await app.WaitUntilHealthyAsync();
        Environment.SetEnvironmentVariable(SmokeCommand.ApiKeyVariable, "js_wrong_key_000000000000");
        (int ExitCode, string Output, string Error) result;
        try
        {
            result = await RunAsync("smoke", "--url", app.BaseAddress.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable(SmokeCommand.ApiKeyVariable, null);
        }

        var (code, output, _) = result;

        Assert.Equal(CliApp.Failure, code);
        Assert.Contains("✓ GET /health/live", output, StringComparison.Ordinal);
        Assert.Contains("✓ GET /api/v1/version", output, StringComparison.Ordinal); // public, like health
        Assert.Contains("✗ POST /api/v1/analyze", output, StringComparison.Ordinal);
        Assert.Contains("HTTP 401 (is the API key right?)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smoke_WithoutAKey_RunsThePublicStepsThenFailsNamingTheVariable()
    {
        using var directory = new TempDirectory();
        await using var app = AppProcess.Start(directory.Path, Settings());
        await app.WaitUntilHealthyAsync();
        Environment.SetEnvironmentVariable(SmokeCommand.ApiKeyVariable, null);

        var (code, output, _) = await RunAsync("smoke", "--url", app.BaseAddress.ToString());

        Assert.Equal(CliApp.Failure, code);
        Assert.Contains("✓ GET /health", output, StringComparison.Ordinal);
        Assert.Contains($"✗ no API key: give --api-key or set {SmokeCommand.ApiKeyVariable}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smoke_AgainstAClosedPort_ExitsWith1AndAClearMessage()
    {
        var port = AppProcess.FreePort();

        var (code, output, error) = await RunAsync("smoke", "--url", $"http://127.0.0.1:{port}", "--api-key", Key);

        Assert.Equal(CliApp.Failure, code);
        Assert.Contains("✗ GET /health/live", output, StringComparison.Ordinal);
        Assert.Contains("Connection refused", output, StringComparison.Ordinal);
        Assert.Contains("Stopped: the instance is not reachable.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("smoke")]
    [InlineData("smoke", "--url")]
    [InlineData("smoke", "--url", "not a url")]
    [InlineData("smoke", "--url", "ftp://127.0.0.1/")]
    [InlineData("smoke", "--url", "/relative/path")]
    [InlineData("smoke", "--url", "http://127.0.0.1:1", "--timeout", "0")]
    public async Task Smoke_BadArguments_ExitWith2(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(CliApp.UsageError, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public async Task InvalidMaintenanceWindow_StopsTheServerNamingTheKey()
    {
        using var directory = new TempDirectory();
        var settings = Settings();
        settings["JobSentinel__Maintenance__Window"] = "Someday 02:00-04:00";
        settings["JobSentinel__Archive__OlderThanDays"] = "-3";
        await using var app = AppProcess.Start(directory.Path, settings);

        Assert.Equal(1, await app.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains("JobSentinel:Maintenance:Window 'Someday 02:00-04:00' has an unknown day 'Someday'", app.Error, StringComparison.Ordinal);
        Assert.Contains("JobSentinel:Archive:OlderThanDays", app.Error, StringComparison.Ordinal);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
