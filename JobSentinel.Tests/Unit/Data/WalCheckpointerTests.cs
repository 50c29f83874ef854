using JobSentinel.Core.Data;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobSentinel.Tests.Unit.Data;

public sealed class WalCheckpointerTests
{
    [Fact]
    public async Task Request_CopiesTheLogIntoTheDatabaseFile_WhileTheWriterStaysOpen()
    {
        using var directory = new TempDirectory();
        var paths = new DataPaths(directory.Path);
        await using var writer = new SqliteConnection($"Data Source={paths.Database};Pooling=False");
        await writer.OpenAsync(TestContext.Current.CancellationToken);
        await using (var command = writer.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE T (Body TEXT); " +
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO T SELECT printf('%.1000c', 'x') FROM n;";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var before = new FileInfo(paths.Database).Length;
        var checkpointer = new WalCheckpointer(paths, NullLogger<WalCheckpointer>.Instance);
        checkpointer.Request();
        checkpointer.Request(); // folded into the running pass or one more
        await checkpointer.Idle;

        Assert.True(before < 100_000, $"the rows were still only in the log ({before} bytes in the file)");
        Assert.True(new FileInfo(paths.Database).Length > 2_000_000, "the checkpoint copied the 2 MB of rows into the database file");
    }

    [Fact]
    public async Task Request_WithoutADatabase_CreatesNone()
    {
        using var directory = new TempDirectory();
        var paths = new DataPaths(directory.Path);
        var checkpointer = new WalCheckpointer(paths, NullLogger<WalCheckpointer>.Instance);

        checkpointer.Request();
        await checkpointer.Idle;

        Assert.False(File.Exists(paths.Database));
    }
}
