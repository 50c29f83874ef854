using JobSentinel.Core.Operations;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Core.Data;

/// <summary>Refuses to start on a database file SQLite cannot read, without writing to it.</summary>
public static class DatabaseFileGuard
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    public static void EnsureUsable(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            return;
        }

        try
        {
            // Reading the schema makes SQLite check the header and the first pages; no write happens
            // (a WAL left by a crash is recovered, which is what SQLite would do anyway).
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = databasePath,
                Mode = SqliteOpenMode.ReadWrite,
                Pooling = false,
            }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master;";
            command.ExecuteScalar();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            throw new StartupException(
                $"The database file '{databasePath}' is damaged or is not a SQLite database ({ex.Message}). " +
                "It was left untouched. Restore it from a backup, or move the file away to start with an empty database.", ex);
        }
        catch (SqliteException ex)
        {
            throw new StartupException(
                $"The database file '{databasePath}' cannot be opened ({ex.Message}). It was left untouched. " +
                "Check its permissions and that the disk is not full or read-only.", ex);
        }
    }
}
