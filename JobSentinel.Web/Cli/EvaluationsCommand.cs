using System.CommandLine;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Operations;

namespace JobSentinel.Web.Cli;

/// <summary>
/// <c>evaluations retry-failed</c>: queues every failed evaluation again. Like every writing command it needs the
/// data directory to itself; the server runs the queued evaluations when it next starts.
/// </summary>
public static class EvaluationsCommand
{
    public static Command Create(CliContext context)
    {
        var retryFailed = new Command("retry-failed", "Queue every failed evaluation again (run while the server is stopped; it runs them at start).");
        retryFailed.SetAction(async (parseResult, cancellationToken) =>
        {
            var services = context.Services(parseResult);
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync("evaluations", cancellationToken);
            var count = await services.GetRequiredService<EvaluationService>().RetryFailedAsync(cancellationToken);
            await context.Output.WriteLineAsync($"{count} failed evaluation(s) queued again.");
            return CliApp.Success;
        });
        return new Command("evaluations", "Background evaluations.") { retryFailed };
    }
}
