using Microsoft.Data.Sqlite;

namespace JobSentinel.Core.Data;

/// <summary>Builds the connection strings used for the app's SQLite file.</summary>
public static class SqliteConnectionStrings
{
    public static string ReadWrite(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>A connection that cannot write or create anything (for checks and dry runs).</summary>
    public static string ReadOnly(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
        DefaultTimeout = 5,
    }.ToString();
}
