using JobSentinel.Core.Data;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Core.Operations;

/// <summary>
/// <c>maintenance</c>: the database's integrity check, fresh planner statistics (ANALYZE) and a VACUUM that returns
/// free pages to the disk. Run with the data directory to itself: VACUUM rewrites the whole file.
/// </summary>
public sealed class DatabaseMaintenance(DataPaths paths)
{
    public sealed record Report(string Integrity, long SizeBefore, long SizeAfter, TimeSpan Duration);

    public async Task<Report> RunAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var before = SizeOf();
        await using var connection = new SqliteConnection(SqliteConnectionStrings.ReadWrite(paths.Database));
        await connection.OpenAsync(cancellationToken);
        var integrity = await ScalarAsync(connection, "PRAGMA integrity_check", cancellationToken);
        if (integrity == "ok")
        {
            // Never rewrite a damaged database: VACUUM could make the damage permanent.
            await ScalarAsync(connection, "ANALYZE", cancellationToken);
            await ScalarAsync(connection, "VACUUM", cancellationToken);
            await ScalarAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        }

        return new Report(integrity, before, SizeOf(), started.Elapsed);
    }

    private long SizeOf() =>
        new[] { paths.Database, paths.Database + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
