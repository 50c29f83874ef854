using Microsoft.Data.Sqlite;

namespace JobSentinel.Core.Health;

/// <summary>
/// Turns the errors of a failed write into the sentence an operator acts on ("read-only", "no space left")
/// instead of a raw exception text. On Linux .NET carries errno in an <see cref="IOException"/>'s HResult.
/// </summary>
public static class WriteFailures
{
    public const int Enospc = 28;
    public const int Erofs = 30;
    public const int Edquot = 122;

    // SQLite's primary result codes.
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;

    /// <summary>Why the data directory <paramref name="path"/> could not be written.</summary>
    public static string DataDirectory(Exception exception, string path) => exception switch
    {
        IOException { HResult: Enospc or Edquot } => $"No space left on device: the data directory {path} cannot be written.",
        IOException { HResult: Erofs } => $"The data directory {path} is read-only.",
        UnauthorizedAccessException => $"The data directory {path} is not writable (permission denied).",
        _ => $"The data directory {path} cannot be written: {exception.Message}",
    };

    /// <summary>Why the SQLite database <paramref name="path"/> could not take a write.</summary>
    public static string Database(Exception exception, string path) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteFull } => $"No space left on device: the database {path} cannot grow.",
        SqliteException { SqliteErrorCode: SqliteReadOnly } => $"The database {path} is read-only.",
        SqliteException { SqliteErrorCode: SqliteIoError or SqliteCannotOpen } => $"The database {path} cannot be written (disk I/O error): {exception.Message}",
        _ => $"The database {path} cannot take a write: {exception.Message}",
    };
}
