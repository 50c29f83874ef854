using JobSentinel.Core.Data;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Tests.Unit.Data;

public sealed class BulkStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public BulkStatementTests()
    {
        _connection.Open();
        using var command = _connection.CreateCommand();
        command.CommandText = "CREATE TABLE T (Id INTEGER PRIMARY KEY, Name TEXT NOT NULL UNIQUE, Size REAL, Count INTEGER)";
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Execute_BindsEveryKindOfValueByName_AndCountsTheChangedRows()
    {
        using var insert = new BulkStatement(_connection, "INSERT INTO T (Name, Size, Count) VALUES ($name, $size, $count) ON CONFLICT (Name) DO NOTHING");

        insert.Set("$name", "Zürich – naïve 🚀 " + new string('x', 10_000)); // longer than the statement's first buffer
        insert.Set("$size", 1.5);
        insert.Set("$count", 3_000_000_000L);
        Assert.Equal(1, insert.Execute());
        insert.Set("$name", "second");
        insert.Set("$size", (double?)null);
        insert.Set("$count", 0);
        Assert.Equal(1, insert.Execute());
        Assert.Equal(0, insert.Execute()); // the same name again: nothing changed

        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT Name, Size, Count FROM T ORDER BY Id";
        using var reader = read.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("Zürich – naïve 🚀 " + new string('x', 10_000), reader.GetString(0));
        Assert.Equal(1.5, reader.GetDouble(1));
        Assert.Equal(3_000_000_000L, reader.GetInt64(2));
        Assert.True(reader.Read());
        Assert.True(reader.IsDBNull(1));
    }

    [Fact]
    public void Set_NullText_BindsNull_AndTheConstraintErrorIsSqlites()
    {
        using var insert = new BulkStatement(_connection, "INSERT INTO T (Name) VALUES ($name)");
        insert.Set("$name", (string?)null);

        var error = Assert.Throws<SqliteException>(() => insert.Execute());

        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT: NOT NULL
        insert.Set("$name", "after the error");
        Assert.Equal(1, insert.Execute()); // the statement was reset and still works
    }

    [Fact]
    public void QueryInt64_GivesTheFirstColumn_OrNullWithoutARowOrForNull()
    {
        using var insert = new BulkStatement(_connection, "INSERT INTO T (Name, Count) VALUES ($name, $count)");
        insert.Set("$name", "a");
        insert.Set("$count", 42);
        insert.Execute();
        using var find = new BulkStatement(_connection, "SELECT Count FROM T WHERE Name = $name");
        using var nothing = new BulkStatement(_connection, "SELECT NULL");

        find.Set("$name", "a");
        Assert.Equal(42, find.QueryInt64());
        find.Set("$name", "missing");
        Assert.Null(find.QueryInt64());
        Assert.Null(nothing.QueryInt64());
    }

    [Fact]
    public void Set_UnknownParameter_SaysWhichOne()
    {
        using var find = new BulkStatement(_connection, "SELECT Id FROM T WHERE Name = $name");

        var error = Assert.Throws<ArgumentException>(() => find.Set("$nmae", "typo"));

        Assert.Contains("$nmae", error.Message);
    }

    [Fact]
    public void Constructor_BrokenSql_IsSqlitesError() =>
        Assert.Throws<SqliteException>(() => new BulkStatement(_connection, "SELEC Id FROM T"));

    public void Dispose() => _connection.Dispose();
}
