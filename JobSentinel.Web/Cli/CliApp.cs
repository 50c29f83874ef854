using System.CommandLine;
using JobSentinel.Core.Operations;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Cli;

/// <summary>
/// The operator commands of the same binary (<c>dotnet JobSentinel.Web.dll &lt;command&gt;</c>).
/// Exit codes: 0 success, 1 failure, 2 usage error.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    /// <summary>Server arguments all start with '-' (<c>--urls</c>...); a bare word or a help flag is a command.</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "--help" or "-h" or "-?");

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var dataDirectory = new Option<string?>("--data-dir")
        {
            Description = "Data directory to use instead of JobSentinel:DataDirectory.",
            Recursive = true,
        };
        var context = new CliContext(dataDirectory, output);
        var root = new RootCommand("JobSentinel: operator commands. Run without a command to start the server.")
        {
            MigrateCommand.Create(context),
            HealthCommand.Create(context),
            ApiKeyCommands.Create(context),
            ScrapeCommand.Create(context),
            AnalyzeCommand.Create(context),
            EvaluationsCommand.Create(context),
            BackupCommand.Create(context),
            MaintenanceCommand.Create(context),
            ArchiveCommand.Create(context),
            RunsCommand.Create(context),
            SmokeCommand.Create(context),
            Benchmarks.BenchmarkCommand.Create(context),
        };
        root.Options.Add(dataDirectory);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            await error.WriteLineAsync();
            await error.WriteLineAsync($"Usage: {Usage}");
            await error.WriteLineAsync("Run 'JobSentinel.Web --help' or '<command> --help' for details.");
            return UsageError;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is StartupException or OptionsValidationException or UsageException)
        {
            await error.WriteLineAsync(ex is OptionsValidationException invalid
                ? "The configuration is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, invalid.Failures.Select(f => "  - " + f))
                : ex.Message);
            return ex is UsageException ? UsageError : Failure;
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    public const string Usage =
        "JobSentinel.Web [migrate [--dry-run] [--rollback <migration>] | health | apikey create --name <name> | apikey list | apikey revoke <id>|--all " +
        "| scrape --source <name> --once | analyze <resume> [--job <file>] | evaluations retry-failed | backup create|list|verify <file>|restore <file> | maintenance " +
        "| archive --older-than <days> | runs reset-stuck [--older-than <minutes>] | smoke --url <u> [--api-key <k>] " +
        "| benchmark [ingest|e2e|alerts|analysis|all]] [--data-dir <path>]";
}

/// <summary>A command line that parses but makes no sense (e.g. an unknown migration name): exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
