using System.Diagnostics;

namespace JobSentinel.Tests.Unit.Diagnostics;

/// <summary>The shipped Prometheus rules are valid and their unit tests pass, checked with the real promtool.</summary>
public sealed class PrometheusRulesTests
{
    [Fact]
    public async Task CheckRules_ShippedRulesFile_IsValid()
    {
        var (exitCode, output) = await PromtoolAsync("check", "rules", "jobsentinel.rules.yml");

        Assert.True(exitCode == 0, $"promtool check rules failed:\n{output}");
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestRules_ShippedUnitTests_Pass()
    {
        var (exitCode, output) = await PromtoolAsync("test", "rules", "jobsentinel.rules.test.yml");

        Assert.True(exitCode == 0, $"promtool test rules failed:\n{output}");
    }

    [Fact]
    public async Task RulesFile_HasEverySpecAlertWithSeverityAndRunbook()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RulesDirectory(), "jobsentinel.rules.yml"), TestContext.Current.CancellationToken);

        foreach (var alert in new[]
        {
            "JobScrapingFailureRate", "ResumeAnalysisLatency", "AlertDeliveryLatency", "HighErrorRate", "HighResponseTime",
            "QueueLength", "QueueLengthCritical", "NoWorker", "DiskUsage", "DiskUsageCritical", "PipelineFailureRate", "LlmCostPerRun", "ServiceDown",
        })
        {
            Assert.Contains($"- alert: {alert}\n", text, StringComparison.Ordinal);
        }

        var rules = text.Split("- alert: ").Skip(1).ToList();
        Assert.All(rules, rule =>
        {
            Assert.Matches(@"severity: (warning|critical)", rule);
            Assert.Matches(@"runbook_url: runbooks/00[024]_[0-9a-f]+\.txt", rule);
            Assert.Contains("summary: ", rule, StringComparison.Ordinal);
        });
    }

    private static async Task<(int ExitCode, string Output)> PromtoolAsync(params string[] arguments)
    {
        var promtool = FindPromtool()
            ?? throw new InvalidOperationException("promtool was not found on PATH: run ./install-prerequisites.sh (it installs Debian's 'prometheus' package, which contains promtool).");
        var start = new ProcessStartInfo(promtool)
        {
            WorkingDirectory = RulesDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string? FindPromtool() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "promtool"))
            .FirstOrDefault(File.Exists);

    private static string RulesDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "deploy", "prometheus");
            if (File.Exists(Path.Combine(candidate, "jobsentinel.rules.yml")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("deploy/prometheus/jobsentinel.rules.yml was not found above the test binaries.");
    }
}
