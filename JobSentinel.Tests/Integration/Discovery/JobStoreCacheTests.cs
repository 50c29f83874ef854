using JobSentinel.Core.Data;
using JobSentinel.Core.Postings;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.Integration.DataLifecycle;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Discovery;

/// <summary>
/// The ingest's larger page cache and its commit without a checkpoint are for its own transaction only: the pooled
/// connection goes back to the usual settings, and the checkpointer copies the run into the database file.
/// </summary>
public sealed class JobStoreCacheTests
{
    [Fact]
    public async Task Ingest_LeavesThePooledConnectionWithTheDefaultCacheSize()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path);
        var ct = TestContext.Current.CancellationToken;
        var source = await ArchiveTests.AddSourceAsync(services);

        var result = await services.GetRequiredService<JobStore>().IngestAsync(source, ArchiveTests.Postings("cache", 50), DateTime.UtcNow, null, ct);

        Assert.Equal(50, result.New);
        var contexts = services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();
        for (var i = 0; i < 3; i++) // whichever pooled connection comes back
        {
            await using var context = await contexts.CreateDbContextAsync(ct);
            await context.Database.OpenConnectionAsync(ct);
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA cache_size";
            Assert.Equal(-2000L, await command.ExecuteScalarAsync(ct));
            command.CommandText = "PRAGMA wal_autocheckpoint";
            Assert.Equal(10_000L, await command.ExecuteScalarAsync(ct));
        }
    }

    [Fact]
    public async Task Ingest_LeavesItsCheckpointToTheCheckpointer()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path);
        var ct = TestContext.Current.CancellationToken;
        var source = await ArchiveTests.AddSourceAsync(services);
        var database = services.GetRequiredService<DataPaths>().Database;
        var before = new FileInfo(database).Length;

        await services.GetRequiredService<JobStore>().IngestAsync(source, ArchiveTests.Postings("log", 1_500), DateTime.UtcNow, null, ct);
        await services.GetRequiredService<WalCheckpointer>().Idle;

        // The pooled connections stay open, so only a checkpoint puts the run's pages into the file.
        Assert.True(new FileInfo(database).Length > before + 1_000_000, $"{before} → {new FileInfo(database).Length} bytes");
    }
}
