using System.CommandLine;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Cli;

/// <summary><c>health</c>: configuration, data directory and database checked in-process, no server needed.</summary>
public static class HealthCommand
{
    private sealed record Check(string Name, bool Ok, string Detail);

    public static Command Create(CliContext context)
    {
        var command = new Command("health", "Check the configuration, the data directory and the database without a running server.");
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var services = context.Services(parseResult);
        List<Check> checks = [CheckConfiguration(services)];
        var paths = services.GetRequiredService<DataPaths>();
        checks.Add(CheckDataDirectory(paths));
        checks.Add(CheckDisk(paths, services));
        checks.Add(await CheckDatabaseAsync(paths, services.GetRequiredService<DatabaseMigrator>(), cancellationToken));

        foreach (var check in checks)
        {
            await context.Output.WriteLineAsync($"{(check.Ok ? "ok  " : "FAIL")}  {check.Name,-16} {check.Detail}");
        }

        var healthy = checks.All(c => c.Ok);
        await context.Output.WriteLineAsync(healthy ? "healthy" : "unhealthy");
        return healthy ? CliApp.Success : CliApp.Failure;
    }

    private static Check CheckConfiguration(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<JobSentinelOptions>>().Value;
            _ = services.GetRequiredService<IOptions<SecurityOptions>>().Value;
            _ = services.GetRequiredService<IOptions<HealthOptions>>().Value;
            return new Check("configuration", true, "valid");
        }
        catch (OptionsValidationException ex)
        {
            return new Check("configuration", false, string.Join(" ", ex.Failures));
        }
    }

    private static Check CheckDataDirectory(DataPaths paths)
    {
        if (!Directory.Exists(paths.Root))
        {
            return new Check("data directory", false, $"{paths.Root} does not exist (the server creates it at first start).");
        }

        var probe = Path.Combine(paths.Root, $".health-cli-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            return new Check("data directory", true, $"{paths.Root} is writable");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Check("data directory", false, $"{paths.Root} is not writable: {ex.Message}");
        }
    }

    private static Check CheckDisk(DataPaths paths, IServiceProvider services)
    {
        var limit = services.GetRequiredService<IOptions<HealthOptions>>().Value.DiskUnhealthyPercent;
        try
        {
            var drive = new DriveInfo(Directory.Exists(paths.Root) ? paths.Root : Path.GetPathRoot(paths.Root)!);
            var used = drive.TotalSize == 0 ? 100 : 100.0 * (drive.TotalSize - drive.AvailableFreeSpace) / drive.TotalSize;
            return new Check("disk", used < limit, $"{used:F1}% used, {drive.AvailableFreeSpace / (1024 * 1024)} MB free (limit {limit}%)");
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return new Check("disk", false, ex.Message);
        }
    }

    private static async Task<Check> CheckDatabaseAsync(DataPaths paths, DatabaseMigrator migrator, CancellationToken cancellationToken)
    {
        if (!File.Exists(paths.Database))
        {
            return new Check("database", false, $"{paths.Database} does not exist yet (run the server or 'migrate').");
        }

        try
        {
            await using (var connection = new SqliteConnection(SqliteConnectionStrings.ReadOnly(paths.Database)))
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA quick_check;";
                var result = (string?)await command.ExecuteScalarAsync(cancellationToken);
                if (result != "ok")
                {
                    return new Check("database", false, $"{paths.Database} failed the integrity check: {result}");
                }
            }

            var plan = await migrator.PlanAsync(null, cancellationToken);
            return new Check("database", true, plan.Pending.Count == 0
                ? $"{paths.Database} is readable and up to date"
                : $"{paths.Database} is readable; {plan.Pending.Count} migration(s) pending (applied at the next start or by 'migrate')");
        }
        catch (SqliteException ex)
        {
            return new Check("database", false, $"{paths.Database} cannot be read: {ex.Message}");
        }
    }
}
