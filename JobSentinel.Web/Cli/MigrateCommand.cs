using System.CommandLine;
using JobSentinel.Core.Data;
using JobSentinel.Core.Operations;

namespace JobSentinel.Web.Cli;

/// <summary><c>migrate [--dry-run] [--rollback &lt;migration&gt;]</c>.</summary>
public static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the SQL that would run and change nothing (opens nothing for writing)." };
        var rollback = new Option<string?>("--rollback")
        {
            Description = "Revert to this migration (name or id; '0' reverts everything).",
            HelpName = "migration",
        };
        var command = new Command("migrate", "Apply pending database migrations, or roll back to an earlier one.") { dryRun, rollback };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            context, parseResult, parseResult.GetValue(dryRun), parseResult.GetValue(rollback), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parseResult, bool dryRun, string? rollback, CancellationToken cancellationToken)
    {
        var services = context.Services(parseResult);
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        var paths = services.GetRequiredService<DataPaths>();
        var target = rollback is null ? null : ResolveTarget(migrator.AllMigrations(), rollback);
        var output = context.Output;

        if (dryRun)
        {
            var plan = await migrator.PlanAsync(target, cancellationToken);
            await output.WriteLineAsync($"Database: {paths.Database}{(plan.DatabaseExists ? "" : " (does not exist yet)")}");
            await output.WriteLineAsync($"Applied:  {(plan.Applied.Count == 0 ? "none" : string.Join(", ", plan.Applied))}");
            await output.WriteLineAsync(target is null
                ? $"Pending:  {(plan.Pending.Count == 0 ? "none" : string.Join(", ", plan.Pending))}"
                : $"Revert:   {(plan.ToRevert.Count == 0 ? "none" : string.Join(", ", plan.ToRevert))}");
            await output.WriteLineAsync(plan.Script.Length == 0
                ? "Nothing to do: the database is already at the requested migration."
                : "-- SQL that would run (dry run: nothing was changed) --" + Environment.NewLine + plan.Script);
            return CliApp.Success;
        }

        DataDirectoryGuard.EnsureWritable(paths.Root);
        services.GetRequiredService<InstanceLock>().Acquire("migrate");
        DatabaseFileGuard.EnsureUsable(paths.Database);
        await migrator.PrepareAsync(cancellationToken);
        var changed = await migrator.MigrateAsync(target, cancellationToken);
        await output.WriteLineAsync(changed.Count == 0
            ? "The database is already up to date."
            : $"{(target is null ? "Applied" : "Reverted")}: {string.Join(", ", changed)}");
        return CliApp.Success;
    }

    /// <summary>Accepts the full migration id or its name without the timestamp.</summary>
    internal static string ResolveTarget(IReadOnlyList<string> migrations, string requested)
    {
        if (requested == DatabaseMigrator.InitialTarget)
        {
            return requested;
        }

        var match = migrations.FirstOrDefault(m => string.Equals(m, requested, StringComparison.OrdinalIgnoreCase))
            ?? migrations.FirstOrDefault(m => m.EndsWith("_" + requested, StringComparison.OrdinalIgnoreCase));
        return match ?? throw new UsageException(
            $"Unknown migration '{requested}'. Known migrations: {string.Join(", ", migrations)} (or '0' to revert everything).");
    }
}
