using System.CommandLine;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Postings;

namespace JobSentinel.Web.Cli;

/// <summary><c>archive --older-than &lt;days&gt;</c>: archives postings not seen for that long (starred ones and ones with notes stay).</summary>
public static class ArchiveCommand
{
    public static Command Create(CliContext context)
    {
        var olderThan = new Option<int>("--older-than")
        {
            Description = "Archive postings not seen by any run for more than this many days (0 or more).",
            Required = true,
        };
        var command = new Command("archive", "Archive postings not seen for a while: they leave the default list but stay stored and exportable.") { olderThan };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var days = parseResult.GetValue(olderThan);
            if (days < 0)
            {
                throw new UsageException($"--older-than must be 0 or more days, not {days}.");
            }

            var services = context.Services(parseResult);
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync("archive", cancellationToken);
            var archived = await services.GetRequiredService<ArchiveService>().ArchiveAsync(days, cancellationToken);
            await context.Output.WriteLineAsync($"{archived} posting(s) not seen for more than {days} day(s) archived.");
            return CliApp.Success;
        });
        return command;
    }
}
