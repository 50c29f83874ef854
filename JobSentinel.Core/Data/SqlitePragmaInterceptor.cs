using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobSentinel.Core.Data;

/// <summary>Applies the per-connection pragmas every pooled connection needs (WAL itself is persistent).</summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    /// <summary>
    /// SQLite checkpoints inside the commit that takes the log past this many pages (default 1,000). Scrape runs
    /// leave their log to <see cref="WalCheckpointer"/>; at the default, the next small write (the run's own
    /// record) would copy the run's pages into the database file before the run counts as finished. 10,000
    /// pages (80 MB with the 8 KB pages of new databases, 40 MB with 4 KB ones) covers a run of 30,000–60,000 new
    /// postings and still bounds the log.
    /// </summary>
    public const string AutoCheckpoint = "PRAGMA wal_autocheckpoint=10000;";

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; " + AutoCheckpoint;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
