using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace JobSentinel.Core.Data;

/// <summary>
/// One SQL statement prepared once on an open connection and executed many times inside the
/// connection's current transaction, for bulk writes. Microsoft.Data.Sqlite converts and looks up
/// every parameter by name and checks them all on each execution: in a scrape run's store that was
/// a fifth of the time. Here names are resolved once and values are bound by position.
/// Not thread-safe, like the connection it runs on.
/// </summary>
internal sealed class BulkStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private byte[] _utf8 = new byte[4096];

    public BulkStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection must be open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        for (var position = 1; position <= raw.sqlite3_bind_parameter_count(_statement); position++)
        {
            _positions[raw.sqlite3_bind_parameter_name(_statement, position).utf8_to_string()] = position;
        }
    }

    public void Set(string name, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, Position(name)));
            return;
        }

        // Encoded here as Microsoft.Data.Sqlite does (lone surrogates become U+FFFD); SQLite copies the bytes.
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(_statement, Position(name), _utf8.AsSpan(0, written)));
    }

    public void Set(string name, long value) => Check(raw.sqlite3_bind_int64(_statement, Position(name), value));

    public void Set(string name, double? value) =>
        Check(value is { } number ? raw.sqlite3_bind_double(_statement, Position(name), number) : raw.sqlite3_bind_null(_statement, Position(name)));

    /// <summary>Runs the statement to its end and returns the rows it changed.</summary>
    public int Execute()
    {
        try
        {
            int result;
            while ((result = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
            }

            Check(result, raw.SQLITE_DONE);
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>The first column of the first row, or null when there is no row or it is NULL.</summary>
    public long? QueryInt64()
    {
        try
        {
            var result = raw.sqlite3_step(_statement);
            if (result == raw.SQLITE_ROW)
            {
                return raw.sqlite3_column_type(_statement, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(_statement, 0);
            }

            Check(result, raw.SQLITE_DONE);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private int Position(string name) =>
        _positions.TryGetValue(name, out var position) ? position : throw new ArgumentException($"The statement has no parameter {name}.", nameof(name));

    private void Check(int result, int expected = raw.SQLITE_OK)
    {
        if (result != expected)
        {
            SqliteException.ThrowExceptionForRC(result, _db);
            throw new SqliteException($"SQLite returned {result}.", result); // a success code other than the expected one
        }
    }
}
