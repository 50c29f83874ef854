using System.CommandLine;
using JobSentinel.Core.Documents;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Resumes;

namespace JobSentinel.Web.Cli;

/// <summary><c>analyze &lt;resume&gt; [--job &lt;file&gt;]</c>: the ATS report (and relevance to a job) printed, nothing stored.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var resume = new Argument<FileInfo>("resume") { Description = "Resume file: PDF, DOCX, TXT, Markdown or HTML." };
        var job = new Option<FileInfo?>("--job") { Description = "Job description file to score the resume against." };
        var command = new Command("analyze", "Print a resume's ATS report, and its relevance to a job description with --job.") { resume, job };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(context, parseResult, parseResult.GetRequiredValue(resume), parseResult.GetValue(job), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, FileInfo resumeFile, FileInfo? jobFile, CancellationToken cancellationToken)
    {
        var services = context.Services(parseResult);
        var analyzer = services.GetRequiredService<ResumeAnalyzer>();
        var output = context.Output;
        foreach (var file in new[] { resumeFile, jobFile }.OfType<FileInfo>())
        {
            if (!file.Exists)
            {
                throw new UsageException($"The file {file.FullName} does not exist.");
            }
        }

        try
        {
            var analysis = analyzer.Analyze(await File.ReadAllBytesAsync(resumeFile.FullName, cancellationToken), resumeFile.Name);
            await ReportPrinter.PrintResumeAsync(output, resumeFile.Name, analysis);
            if (jobFile is not null)
            {
                var job = analyzer.ReadDocument(await File.ReadAllBytesAsync(jobFile.FullName, cancellationToken), jobFile.Name);
                var relevance = await services.GetRequiredService<RelevanceEngine>().EvaluateAsync(analysis.Resume, job.Text, jobFile.Name, cancellationToken);
                await ReportPrinter.PrintRelevanceAsync(output, jobFile.Name, relevance);
            }

            return CliApp.Success;
        }
        catch (DocumentRejectedException rejected)
        {
            await output.WriteLineAsync($"Cannot analyse: {rejected.Message}");
            return CliApp.Failure;
        }
    }
}
