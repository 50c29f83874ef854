using System.IO.Compression;
using JobSentinel.Core.Data;
using JobSentinel.Core.Operations;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Core.Backups;

/// <summary>
/// Puts a backup back: only with the data directory to itself (the CLI while no server runs, or the server itself in
/// maintenance mode: the instance lock this process already holds is accepted), only after the archive verified, and
/// with the current database, uploads and keys moved aside first rather than overwritten.
/// </summary>
public sealed class BackupRestorer(DataPaths paths, InstanceLock instanceLock, BackupService backups, TimeProvider timeProvider)
{
    /// <summary>The outcome: the archive's check, and where the replaced data went (null when nothing was restored).</summary>
    public sealed record Result(BackupVerification Verification, string? SetAsideIn);

    /// <exception cref="StartupException">Another process (the server) holds the data directory.</exception>
    /// <remarks>In the server, see <c>MaintenanceControl</c>: background work must have drained first.</remarks>
    public async Task<Result> RestoreAsync(string archivePath, CancellationToken cancellationToken)
    {
        instanceLock.Acquire("backup restore");
        var verification = await backups.VerifyAsync(archivePath, cancellationToken);
        if (!verification.Ok)
        {
            return new Result(verification, null);
        }

        SqliteConnection.ClearAllPools();
        var stamp = Path.Combine(paths.Root, "restore-aside", timeProvider.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));
        var aside = stamp;
        for (var n = 2; Directory.Exists(aside); n++)
        {
            aside = $"{stamp}-{n}"; // two restores within a second never mix their set-aside data
        }

        Directory.CreateDirectory(aside);
        foreach (var file in new[] { paths.Database, paths.Database + "-wal", paths.Database + "-shm" }.Where(File.Exists))
        {
            File.Move(file, Path.Combine(aside, Path.GetFileName(file)));
        }

        foreach (var folder in new[] { paths.Uploads, paths.Keys }.Where(Directory.Exists))
        {
            Directory.Move(folder, Path.Combine(aside, Path.GetFileName(folder)));
        }

        using var archive = ZipFile.OpenRead(archivePath);
        foreach (var entry in archive.Entries.Where(e => e.FullName != BackupManifest.EntryName && e.Name.Length > 0))
        {
            var target = entry.FullName == BackupManifest.DatabaseEntry
                ? paths.Database
                : Path.GetFullPath(Path.Combine(paths.Root, entry.FullName));
            if (!target.StartsWith(paths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue; // never outside the data directory, whatever the archive says
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true);
        }

        return new Result(verification, aside);
    }
}
