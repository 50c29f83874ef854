using JobSentinel.Core.Data;
using JobSentinel.Core.Documents;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Sources;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.Integration.DataLifecycle;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Cli;

/// <summary><c>archive</c> and <c>runs reset-stuck</c> on a real data directory, with their exit codes.</summary>
public sealed class LifecycleCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("archive")]
    [InlineData("archive", "--older-than")]
    [InlineData("archive", "--older-than", "abc")]
    [InlineData("archive", "--older-than", "-5")]
    [InlineData("runs")]
    [InlineData("runs", "reset-stuck", "--older-than", "0")]
    [InlineData("runs", "reset-stuck", "--older-than", "soon")]
    public async Task BadArguments_ExitWith2(params string[] args)
    {
        var (code, _, error) = await RunAsync([.. args, "--data-dir", _directory.Path]);

        Assert.Equal(CliApp.UsageError, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_PrintsTheCountAndArchives()
    {
        await using (var services = await CoreServices.BuildInitializedAsync(_directory.Path))
        {
            var source = await ArchiveTests.AddSourceAsync(services);
            var store = services.GetRequiredService<JobStore>();
            await store.IngestAsync(source, ArchiveTests.Postings("old", 3), DateTime.UtcNow.AddDays(-40), null, Ct);
            await store.IngestAsync(source, ArchiveTests.Postings("new", 2), DateTime.UtcNow.AddDays(-5), null, Ct);
        }

        var (code, output, _) = await RunAsync("archive", "--older-than", "30", "--data-dir", _directory.Path);

        Assert.Equal(CliApp.Success, code);
        Assert.Contains("3 posting(s) not seen for more than 30 day(s) archived.", output, StringComparison.Ordinal);
        await using var check = CoreServices.Build(_directory.Path);
        await using var context = await check.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal(3, await context.Jobs.CountAsync(j => j.Status == JobStatus.Archived, Ct));
    }

    [Fact]
    public async Task RunsResetStuck_FailsOldRunningRunsAndRequeuesStuckEvaluations()
    {
        long stuckRun, freshRun, stuckEvaluation;
        await using (var services = await CoreServices.BuildInitializedAsync(_directory.Path))
        {
            var source = await ArchiveTests.AddSourceAsync(services);
            await using var context = await services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(Ct);
            var now = DateTime.UtcNow;
            var stuck = new ScrapeRun { SourceId = source, Status = ScrapeRunStatus.Running, Trigger = "cli", CreatedAt = now.AddHours(-2), StartedAt = now.AddHours(-2) };
            var fresh = new ScrapeRun { SourceId = source, Status = ScrapeRunStatus.Running, Trigger = "cli", CreatedAt = now.AddMinutes(-5), StartedAt = now.AddMinutes(-5) };
            context.ScrapeRuns.AddRange(stuck, fresh);
            var resume = new Resume
            {
                FileName = "jane.txt", Format = FileFormat.Text, Sha256 = "abc", Text = "Jane", ParseJson = "{}", AtsJson = "{}", LayoutJson = "{}", UploadedAt = now,
            };
            context.Resumes.Add(resume);
            await context.SaveChangesAsync(Ct);
            var evaluation = new Evaluation { ResumeId = resume.Id, Status = EvaluationStatus.Processing, CreatedAt = now.AddHours(-1), StartedAt = now.AddHours(-1) };
            context.Evaluations.Add(evaluation);
            await context.SaveChangesAsync(Ct);
            (stuckRun, freshRun, stuckEvaluation) = (stuck.Id, fresh.Id, evaluation.Id);
        }

        var (code, output, _) = await RunAsync("runs", "reset-stuck", "--data-dir", _directory.Path);

        Assert.Equal(CliApp.Success, code);
        Assert.Matches($@"scrape run {stuckRun} \(Board [0-9a-f]+\): failed, reset: stuck for 1\d\d min", output);
        Assert.Contains("1 scrape run(s) marked failed; 1 evaluation(s) queued again", output, StringComparison.Ordinal);
        await using var check = CoreServices.Build(_directory.Path);
        await using var verify = await check.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(Ct);
        var runs = await verify.ScrapeRuns.ToDictionaryAsync(r => r.Id, Ct);
        Assert.Equal(ScrapeRunStatus.Failed, runs[stuckRun].Status);
        Assert.StartsWith("reset: stuck for ", runs[stuckRun].Error, StringComparison.Ordinal);
        Assert.NotNull(runs[stuckRun].FinishedAt);
        Assert.Equal(ScrapeRunStatus.Running, runs[freshRun].Status);
        Assert.Equal(EvaluationStatus.Queued, (await verify.Evaluations.SingleAsync(e => e.Id == stuckEvaluation, Ct)).Status);
    }

    [Fact]
    public async Task RunsResetStuck_NothingStuck_SaysSoAndSucceeds()
    {
        var (code, output, _) = await RunAsync("runs", "reset-stuck", "--older-than", "10", "--data-dir", _directory.Path);

        Assert.Equal(CliApp.Success, code);
        Assert.Contains("0 scrape run(s) marked failed; 0 evaluation(s) queued again (stuck for more than 10 min)", output, StringComparison.Ordinal);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
