using System.CommandLine;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Sources;

namespace JobSentinel.Web.Cli;

/// <summary><c>scrape --source &lt;name&gt; --once</c>: one run of one source, in this process, with its summary.</summary>
public static class ScrapeCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Option<string>("--source") { Description = "Name (or id) of the source.", Required = true };
        var once = new Option<bool>("--once") { Description = "Run once now (scheduled runs are the server's job)." };
        var command = new Command("scrape", "Run one source once and print the run summary (the server must be stopped).") { source, once };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!parseResult.GetValue(once))
            {
                throw new UsageException("scrape runs a source once: add --once (scheduled runs are the server's job).");
            }

            var services = context.Services(parseResult);
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync("scrape", cancellationToken);
            var sources = services.GetRequiredService<SourceService>();
            var requested = parseResult.GetValue(source)!;
            var found = await sources.FindByNameAsync(requested, cancellationToken)
                ?? (int.TryParse(requested, out var id) && await sources.GetAsync(id, cancellationToken) is { } byId
                    ? await sources.FindByNameAsync(byId.Name, cancellationToken)
                    : null);
            if (found is null || found.Type == SourceType.Manual)
            {
                var names = (await sources.ListAsync(cancellationToken)).Select(s => $"'{s.Name}'");
                throw new UsageException($"There is no source '{requested}'. Sources: {string.Join(", ", names.DefaultIfEmpty("none yet"))}.");
            }

            var runs = services.GetRequiredService<ScrapeRunService>();
            var (run, result) = await runs.RecordAsync(found.Id, ScrapeRunService.CliTrigger, cancellationToken);
            if (run is null)
            {
                await context.Output.WriteLineAsync(result.Refusal ?? $"A run of '{found.Name}' is already waiting or running ({result.Run?.Id}).");
                return CliApp.Failure;
            }

            await services.GetRequiredService<ScrapeRunner>().RunAsync(run.Id, cancellationToken);
            var summary = (await runs.GetAsync(run.Id, cancellationToken))!;
            await context.Output.WriteLineAsync(
                $"Run {summary.Id} of '{summary.SourceName}': {summary.Status.ToString().ToLowerInvariant()} in {summary.DurationMs / 1000.0:F1} s, " +
                $"{summary.JobsFound} found, {summary.JobsNew} new, {summary.JobsUpdated} updated, {summary.JobsClosed} closed, {summary.Requests} request(s).");
            if (summary.Error is { } error)
            {
                await context.Output.WriteLineAsync($"Error: {error}");
            }

            return summary.Status == ScrapeRunStatus.Completed ? CliApp.Success : CliApp.Failure;
        });
        return command;
    }
}
