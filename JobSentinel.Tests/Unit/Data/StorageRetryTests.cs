using JobSentinel.Core.Data;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Unit.Data;

/// <summary>An outcome the disk refused is written again every 2 s until the disk takes it; anything else is not retried.</summary>
public sealed class StorageRetryTests
{
    [Fact]
    public async Task FullDisk_TriesAgainUntilTheWriteTakes_AndSaysSoOnce()
    {
        var clock = new FakeTimeProvider();
        var logs = new LogCollector();
        var attempts = 0;

        var saving = StorageRetry.SaveAsync(() =>
        {
            attempts++;
            return attempts < 3 ? throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13) : Task.CompletedTask;
        }, "the outcome of scrape run 7", logs.CreateLogger("test"), clock, TestContext.Current.CancellationToken);

        Assert.False(saving.IsCompleted);
        clock.Advance(StorageRetry.Interval);
        Assert.False(saving.IsCompleted);
        clock.Advance(StorageRetry.Interval);
        await saving;

        Assert.Equal(3, attempts);
        var message = Assert.Single(logs.Messages);
        Assert.Contains("Could not record the outcome of scrape run 7: SQLite Error 13", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConstraintViolation_IsNotRetried() =>
        await Assert.ThrowsAsync<SqliteException>(() => StorageRetry.SaveAsync(
            () => throw new SqliteException("SQLite Error 19: 'UNIQUE constraint failed'.", 19),
            "an outcome", new LogCollector().CreateLogger("test"), new FakeTimeProvider(), TestContext.Current.CancellationToken));

    [Fact]
    public async Task Shutdown_StopsWaitingAndLeavesTheWorkToTheOutbox()
    {
        using var stopping = new CancellationTokenSource();
        var saving = StorageRetry.SaveAsync(() => throw new SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8),
            "an outcome", new LogCollector().CreateLogger("test"), new FakeTimeProvider(), stopping.Token);

        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => saving);
    }
}
