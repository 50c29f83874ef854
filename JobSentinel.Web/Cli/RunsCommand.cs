using System.CommandLine;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Sources;

namespace JobSentinel.Web.Cli;

/// <summary>
/// <c>runs reset-stuck [--older-than &lt;minutes&gt;]</c>: scrape runs left running (by a crash or a killed
/// <c>scrape --once</c>) become failed; evaluations stuck in processing go back to the queue, as the server's
/// own stuck reset does.
/// </summary>
public static class RunsCommand
{
    public const int DefaultMinutes = 30;

    public static Command Create(CliContext context)
    {
        var olderThan = new Option<int>("--older-than")
        {
            Description = $"Minutes a run or evaluation must have been running to count as stuck (default {DefaultMinutes}).",
            DefaultValueFactory = _ => DefaultMinutes,
        };
        var resetStuck = new Command("reset-stuck", "Fail scrape runs stuck in running and queue again evaluations stuck in processing (server stopped).")
        {
            olderThan,
        };
        resetStuck.SetAction(async (parseResult, cancellationToken) =>
        {
            var minutes = parseResult.GetValue(olderThan);
            if (minutes < 1)
            {
                throw new UsageException($"--older-than must be at least 1 minute, not {minutes}.");
            }

            var services = context.Services(parseResult);
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync("runs", cancellationToken);
            var stuckAfter = TimeSpan.FromMinutes(minutes);
            var runs = await services.GetRequiredService<StuckRunReset>().ResetAsync(stuckAfter, cancellationToken);
            foreach (var run in runs)
            {
                await context.Output.WriteLineAsync($"scrape run {run.Id} ({run.Source}): failed, reset: stuck for {run.Minutes} min");
            }

            var evaluations = await services.GetRequiredService<EvaluationService>().ResetStuckAsync(stuckAfter, cancellationToken);
            await context.Output.WriteLineAsync(
                $"{runs.Count} scrape run(s) marked failed; {evaluations} evaluation(s) queued again (stuck for more than {minutes} min).");
            return CliApp.Success;
        });
        return new Command("runs", "Scrape runs and background work.") { resetStuck };
    }
}
