using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Backups;

/// <summary>
/// Backups as single archives in <c>{DataDirectory}/backups/</c>: a consistent snapshot of the database taken with
/// SQLite's online backup while the app keeps writing, the uploaded files, the data-protection keys, and a
/// manifest with SHA-256 checksums; and the check of such an archive.
/// </summary>
public sealed partial class BackupService(
    DataPaths paths,
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    IOptionsMonitor<BackupsOptions> options,
    TimeProvider timeProvider,
    ILogger<BackupService> logger)
{
    private const string Extension = ".zip";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Takes a backup; the archive appears under its final name only once complete.</summary>
    public async Task<BackupInfo> CreateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.Backups);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var name = $"jobsentinel-{now:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2))}{Extension}";
        var target = Path.Combine(paths.Backups, name);
        var snapshot = Path.Combine(paths.Backups, $".{name}.db");
        var partial = target + ".partial";
        try
        {
            using (var source = new SqliteConnection(SqliteConnectionStrings.ReadWrite(paths.Database)))
            using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Pooling = false }.ToString()))
            {
                source.Open();
                copy.Open();
                source.BackupDatabase(copy);
            }

            Dictionary<string, string> checksums = [];
            await using (var stream = File.Create(partial))
            using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                checksums[BackupManifest.DatabaseEntry] = await AddAsync(archive, snapshot, BackupManifest.DatabaseEntry, cancellationToken);
                foreach (var (folder, prefix) in new[] { (paths.Uploads, "uploads/"), (paths.Keys, "keys/") })
                {
                    foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder) : [])
                    {
                        var entry = prefix + Path.GetFileName(file);
                        checksums[entry] = await AddAsync(archive, file, entry, cancellationToken);
                    }
                }

                var manifest = new BackupManifest(BackupManifest.CurrentFormat, now, await LastMigrationAsync(cancellationToken), checksums);
                await using var manifestStream = archive.CreateEntry(BackupManifest.EntryName).Open();
                await JsonSerializer.SerializeAsync(manifestStream, manifest, Json, cancellationToken);
            }

            File.Move(partial, target);
            LogCreated(logger, name, checksums.Count);
            return CopyElsewhere(Info(new FileInfo(target)), target);
        }
        finally
        {
            File.Delete(snapshot);
            File.Delete(partial);
        }
    }

    // The archive is good whatever happens to its copy: a failed copy is reported, not thrown.
    private BackupInfo CopyElsewhere(BackupInfo backup, string archive)
    {
        if (options.CurrentValue.CopyTo is not { Length: > 0 } folder)
        {
            return backup;
        }

        try
        {
            Directory.CreateDirectory(folder);
            var copy = Path.Combine(folder, backup.Name);
            File.Copy(archive, copy + ".partial", overwrite: true);
            File.Move(copy + ".partial", copy, overwrite: true);
            return backup with { CopiedTo = copy };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogCopyFailed(logger, ex, backup.Name, folder);
            return backup with { CopyError = $"The copy to {folder} failed: {ex.Message}" };
        }
    }

    /// <summary>The archives, newest first.</summary>
    public IReadOnlyList<BackupInfo> List() =>
        Directory.Exists(paths.Backups)
            ? [.. new DirectoryInfo(paths.Backups).EnumerateFiles("*" + Extension).Select(Info).OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Name)]
            : [];

    /// <summary>Deletes the oldest archives beyond the newest <paramref name="keep"/>; how many were deleted.</summary>
    public int Prune(int keep)
    {
        var old = List().Skip(keep).ToList();
        foreach (var backup in old)
        {
            File.Delete(Path.Combine(paths.Backups, backup.Name));
        }

        return old.Count;
    }

    /// <summary>The full path of an archive of the backups folder by its name, or null when there is none (names only: no paths).</summary>
    public string? PathOf(string name) =>
        name == Path.GetFileName(name) && name.EndsWith(Extension, StringComparison.Ordinal) && File.Exists(Path.Combine(paths.Backups, name))
            ? Path.Combine(paths.Backups, name)
            : null;

    /// <summary>Checks an archive (any path): it opens, has a manifest, every checksum matches, and the database passes <c>PRAGMA integrity_check</c>.</summary>
    public async Task<BackupVerification> VerifyAsync(string file, CancellationToken cancellationToken)
    {
        List<string> problems = [];
        var name = Path.GetFileName(file);
        var database = Path.Combine(Path.GetTempPath(), $"jobsentinel-verify-{Guid.NewGuid():N}.db");
        var files = 0;
        try
        {
            using var archive = ZipFile.OpenRead(file);
            var manifestEntry = archive.GetEntry(BackupManifest.EntryName);
            BackupManifest? manifest = null;
            if (manifestEntry is null)
            {
                problems.Add("The archive has no manifest.json: it is not a JobSentinel backup.");
            }
            else
            {
                await using var manifestStream = manifestEntry.Open();
                manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(manifestStream, Json, cancellationToken);
            }

            foreach (var (entryName, expected) in manifest?.Sha256 ?? new Dictionary<string, string>())
            {
                files++;
                var entry = archive.GetEntry(entryName);
                if (entry is null)
                {
                    problems.Add($"{entryName} is listed in the manifest but missing from the archive.");
                    continue;
                }

                await using var stream = entry.Open();
                var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
                if (actual != expected)
                {
                    problems.Add($"{entryName} does not match its checksum: the archive is damaged.");
                }
            }

            if (manifest is not null && archive.GetEntry(BackupManifest.DatabaseEntry) is { } databaseEntry && problems.Count == 0)
            {
                databaseEntry.ExtractToFile(database);
                var integrity = IntegrityCheck(database);
                if (integrity != "ok")
                {
                    problems.Add($"The database fails its integrity check: {integrity}");
                }
            }
            else if (manifest is not null && !manifest.Sha256.ContainsKey(BackupManifest.DatabaseEntry))
            {
                problems.Add("The archive holds no database snapshot.");
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or JsonException or UnauthorizedAccessException or SqliteException)
        {
            problems.Add($"The archive cannot be read: {ex.Message}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(database);
        }

        return new BackupVerification(name, problems.Count == 0, files, problems);
    }

    private static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return command.ExecuteScalar() as string ?? "no answer";
    }

    private async Task<string?> LastMigrationAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();
    }

    private static async Task<string> AddAsync(ZipArchive archive, string file, string entryName, CancellationToken cancellationToken)
    {
        await using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        await using (var output = archive.CreateEntry(entryName, CompressionLevel.Fastest).Open())
        {
            await input.CopyToAsync(output, cancellationToken);
        }

        input.Position = 0;
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(input, cancellationToken));
    }

    private static BackupInfo Info(FileInfo file) => new(file.Name, file.Length, file.LastWriteTimeUtc);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Backup {Name} could not be copied to {Folder}")]
    private static partial void LogCopyFailed(ILogger logger, Exception exception, string name, string folder);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Backup {Name} created with {Entries} file(s)")]
    private static partial void LogCreated(ILogger logger, string name, int entries);
}
