using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Cli;

/// <summary><c>analyze</c> prints the report of a file; <c>evaluations retry-failed</c> queues failed evaluations again.</summary>
public sealed class AnalyzeCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Analyze_ResumeAndJob_PrintsTheAtsReportAndRelevance()
    {
        using var directory = new TempDirectory();
        var resume = Path.Combine(directory.Path, "jane.pdf");
        var job = Path.Combine(directory.Path, "job.txt");
        await File.WriteAllBytesAsync(resume, ResumeFiles.Pdf(), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(job, ResumeFiles.JobDescription, TestContext.Current.CancellationToken);

        var (code, output, _) = await RunAsync("analyze", resume, "--job", job, "--data-dir", directory.Path);

        Assert.Equal(CliApp.Success, code);
        Assert.Contains("Candidate   Jane Doe", output, StringComparison.Ordinal);
        Assert.Matches(@"ATS score   \d+/100 \((Excellent|Good|Fair|Poor|Critical)\)", output);
        Assert.Matches(@"Relevance to job\.txt: \d+/100 \((High|Medium|Low)\)", output);
        Assert.Contains("matched: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_UnreadableOrMissingFile_FailsWithAMessage()
    {
        using var directory = new TempDirectory();
        var picture = Path.Combine(directory.Path, "cv.pdf");
        await File.WriteAllBytesAsync(picture, ResumeFiles.Png(), TestContext.Current.CancellationToken);

        var (code, output, _) = await RunAsync("analyze", picture, "--data-dir", directory.Path);
        var (missingCode, _, missingError) = await RunAsync("analyze", Path.Combine(directory.Path, "nope.pdf"), "--data-dir", directory.Path);
        var (usageCode, _, _) = await RunAsync("analyze");

        Assert.Equal(CliApp.Failure, code);
        Assert.Contains("Cannot analyse:", output, StringComparison.Ordinal);
        Assert.Equal(CliApp.UsageError, missingCode);
        Assert.Contains("does not exist", missingError, StringComparison.Ordinal);
        Assert.Equal(CliApp.UsageError, usageCode);
    }

    [Fact]
    public async Task EvaluationsRetryFailed_QueuesEveryFailedEvaluation()
    {
        using var directory = new TempDirectory();
        await using (var core = await CoreServices.BuildInitializedAsync(directory.Path))
        {
            var resume = await core.GetRequiredService<Core.Resumes.ResumeService>().UploadAsync(ResumeFiles.TextFile(), "jane.txt", CancellationToken.None);
            var description = await core.GetRequiredService<JobDescriptionService>().PasteAsync(null, ResumeFiles.JobDescription, CancellationToken.None);
            await using var context = await core.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
            context.Evaluations.AddRange(
                new Evaluation { ResumeId = resume.Id, JobDescriptionId = description.Id, Status = EvaluationStatus.Failed, Error = "boom", CreatedAt = DateTime.UtcNow },
                new Evaluation { ResumeId = resume.Id, JobDescriptionId = description.Id, Status = EvaluationStatus.Failed, Error = "boom", CreatedAt = DateTime.UtcNow },
                new Evaluation { ResumeId = resume.Id, JobDescriptionId = description.Id, Status = EvaluationStatus.Completed, CreatedAt = DateTime.UtcNow });
            await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var (code, output, _) = await RunAsync("evaluations", "retry-failed", "--data-dir", directory.Path);

        Assert.Equal(CliApp.Success, code);
        Assert.Contains("2 failed evaluation(s) queued again.", output, StringComparison.Ordinal);
    }
}
