using System.CommandLine;
using JobSentinel.Core.Operations;

namespace JobSentinel.Web.Cli;

/// <summary><c>maintenance</c>: integrity check, ANALYZE and VACUUM of the database, with the server stopped.</summary>
public static class MaintenanceCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("maintenance", "Check the database's integrity, refresh its statistics (ANALYZE) and compact it (VACUUM); server stopped.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var services = context.Services(parseResult);
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync("maintenance", cancellationToken);
            var report = await services.GetRequiredService<DatabaseMaintenance>().RunAsync(cancellationToken);
            await context.Output.WriteLineAsync($"integrity: {report.Integrity}");
            if (report.Integrity != "ok")
            {
                await context.Output.WriteLineAsync("Not compacted: restore a backup (backup list, backup restore <file>).");
                return CliApp.Failure;
            }

            await context.Output.WriteLineAsync(
                $"ANALYZE and VACUUM done in {report.Duration.TotalSeconds:0.0} s: {report.SizeBefore / 1024.0:N0} KB → {report.SizeAfter / 1024.0:N0} KB.");
            return CliApp.Success;
        });
        return command;
    }
}
