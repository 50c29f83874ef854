using System.CommandLine;
using JobSentinel.Core.Backups;
using JobSentinel.Core.Security;

namespace JobSentinel.Web.Cli;

/// <summary>
/// <c>backup create|list|verify &lt;file&gt;</c>. Creating reads the database with SQLite's online backup, so it
/// works while the server runs.
/// </summary>
public static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var create = new Command("create", "Take a backup into {DataDirectory}/backups (works while the server runs).");
        create.SetAction(async (parseResult, cancellationToken) =>
        {
            var services = context.Services(parseResult);
            var backup = await services.GetRequiredService<BackupService>().CreateAsync(cancellationToken);
            await context.Output.WriteLineAsync($"Created {backup.Name} ({backup.SizeBytes / 1024.0:0} KB).");
            await CliAudit.WriteAsync(context, services, AuditKinds.BackupCreated, backup.Name, cancellationToken);
            if (backup.CopiedTo is not null)
            {
                await context.Output.WriteLineAsync($"Copied to {backup.CopiedTo}.");
            }

            if (backup.CopyError is not null)
            {
                await context.Output.WriteLineAsync(backup.CopyError);
                return CliApp.Failure; // the archive exists, but the copy a script relies on does not
            }

            return CliApp.Success;
        });

        var list = new Command("list", "List the backups, newest first.");
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            var backups = context.Services(parseResult).GetRequiredService<BackupService>().List();
            foreach (var backup in backups)
            {
                await context.Output.WriteLineAsync($"{backup.Name}  {backup.CreatedAt:u}  {backup.SizeBytes / 1024.0,10:0} KB");
            }

            await context.Output.WriteLineAsync($"{backups.Count} backup(s).");
            return CliApp.Success;
        });

        var file = new Argument<string>("file") { Description = "A backup archive: a path, or a name in the backups folder." };
        var verify = new Command("verify", "Check an archive: manifest, every SHA-256 checksum, and the database's integrity check.") { file };
        verify.SetAction(async (parseResult, cancellationToken) =>
        {
            var services = context.Services(parseResult);
            var service = services.GetRequiredService<BackupService>();
            var result = await service.VerifyAsync(Locate(service, parseResult.GetRequiredValue(file)), cancellationToken);
            await CliAudit.WriteAsync(context, services, AuditKinds.BackupVerified, result.Summary, cancellationToken);
            await context.Output.WriteLineAsync(result.Ok
                ? $"{result.Name}: ok ({result.Files} file(s), checksums and integrity check passed)."
                : $"{result.Name}: FAILED{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", result.Problems)}");
            return result.Ok ? CliApp.Success : CliApp.Failure;
        });

        var restoreFile = new Argument<string>("file") { Description = "A backup archive: a path, or a name in the backups folder." };
        var restore = new Command("restore", "Verify an archive, move the current database, uploads and keys aside, and put the backup's in place (server stopped).")
        {
            restoreFile,
        };
        restore.SetAction(async (parseResult, cancellationToken) =>
        {
            var services = context.Services(parseResult);
            var path = Locate(services.GetRequiredService<BackupService>(), parseResult.GetRequiredValue(restoreFile));
            var result = await services.GetRequiredService<BackupRestorer>().RestoreAsync(path, cancellationToken);
            if (result.SetAsideIn is null)
            {
                await CliAudit.WriteAsync(context, services, AuditKinds.BackupRestoreFailed, $"not restored: {result.Verification.Summary}", cancellationToken);
                await context.Output.WriteLineAsync($"Not restored: {result.Verification.Name} failed its check.{Environment.NewLine}  " +
                    string.Join(Environment.NewLine + "  ", result.Verification.Problems));
                return CliApp.Failure;
            }

            await context.Output.WriteLineAsync($"Restored {result.Verification.Name}. The previous database, uploads and keys are in {result.SetAsideIn}. " +
                "Start the server: it applies any newer migrations.");
            await CliAudit.WriteAsync(context, services, AuditKinds.BackupRestored, $"{result.Verification.Name} restored; the previous data is in {result.SetAsideIn}", cancellationToken);
            return CliApp.Success;
        });

        return new Command("backup", "Backups of the data directory.") { create, list, verify, restore };
    }

    // A path, or the name of an archive in the backups folder.
    private static string Locate(BackupService backups, string given) =>
        File.Exists(given) ? Path.GetFullPath(given) : backups.PathOf(given) ?? throw new UsageException($"There is no backup '{given}'.");
}
