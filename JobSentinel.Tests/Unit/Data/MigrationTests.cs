using JobSentinel.Core.Data;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Unit.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Model_HasNoChangesMissingFromMigrations()
    {
        using var directory = new TempDirectory();
        await using var services = CoreServices.Build(directory.Path);
        await using var context = await services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

        Assert.False(context.Database.HasPendingModelChanges(), "The model changed: add a migration (dotnet ef migrations add).");
    }

    [Fact]
    public async Task Initialize_FreshDirectory_CreatesDatabaseInWalModeAtLatestMigration()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path);
        await using var context = await services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

        Assert.Empty(await context.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        var mode = await context.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode()").SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("wal", mode);
        Assert.True(File.Exists(Path.Combine(directory.Path, "jobsentinel.db")));
    }

    [Fact]
    public async Task Initialize_NewFileGetsEightKilobytePages_AnExistingFileKeepsItsOwn()
    {
        using var fresh = new TempDirectory();
        using var existing = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={existing.Combine("jobsentinel.db")};Pooling=False"))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size=4096; CREATE TABLE Earlier (Id INTEGER PRIMARY KEY);";
            await command.ExecuteNonQueryAsync(ct);
        }

        await using var freshServices = await CoreServices.BuildInitializedAsync(fresh.Path);
        await using var existingServices = await CoreServices.BuildInitializedAsync(existing.Path);

        Assert.Equal(8192, await PageSizeAsync(freshServices, ct));
        Assert.Equal(4096, await PageSizeAsync(existingServices, ct));
    }

    private static Task<int> PageSizeAsync(IServiceProvider services, CancellationToken ct) =>
        IntegerAsync(services, "SELECT page_size AS \"Value\" FROM pragma_page_size()", ct);

    [Fact]
    public async Task Initialize_SearchIndexMergesAtSixteenSegments_AndARollbackRestoresTheDefault()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path);
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(16, await AutomergeAsync(services, ct));
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync("Applications", ct);
        Assert.Equal(4, await AutomergeAsync(services, ct));
    }

    private static Task<int> AutomergeAsync(IServiceProvider services, CancellationToken ct) =>
        IntegerAsync(services, "SELECT v AS \"Value\" FROM JobsFts_config WHERE k = 'automerge'", ct);

    private static async Task<int> IntegerAsync(IServiceProvider services, string sql, CancellationToken ct)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(ct);
        return await context.Database.SqlQueryRaw<int>(sql).SingleAsync(ct);
    }

    [Fact]
    public async Task Migrate_RollbackToInitialThenForward_RemovesAndRestoresTables()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path);
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        var all = migrator.AllMigrations();

        var reverted = await migrator.MigrateAsync(DatabaseMigrator.InitialTarget, TestContext.Current.CancellationToken);
        Assert.Equal(all.Reverse(), reverted);
        Assert.False(await TableExistsAsync(services, "ApiKeys"));

        var applied = await migrator.MigrateAsync(null, TestContext.Current.CancellationToken);
        Assert.Equal(all, applied);
        Assert.True(await TableExistsAsync(services, "ApiKeys"));
    }

    [Fact]
    public async Task Prepare_StaleMigrationLockLeftByACrash_IsCleared()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path);
        var factory = services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();
        await using (var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await context.Database.ExecuteSqlRawAsync(
                "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); " +
                "INSERT OR REPLACE INTO \"__EFMigrationsLock\" VALUES (1, '2020-01-01');", TestContext.Current.CancellationToken);
        }

        await services.GetRequiredService<DatabaseMigrator>().PrepareAsync(TestContext.Current.CancellationToken);

        await using var check = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var rows = await check.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, rows);
    }

    [Fact]
    public async Task Plan_WithoutDatabase_ListsEveryMigrationAndCreatesNoFile()
    {
        using var directory = new TempDirectory();
        var dataDirectory = directory.Combine("not-created-yet");
        await using var services = CoreServices.Build(dataDirectory);

        var plan = await services.GetRequiredService<DatabaseMigrator>().PlanAsync(null, TestContext.Current.CancellationToken);

        Assert.False(plan.DatabaseExists);
        Assert.Equal(services.GetRequiredService<DatabaseMigrator>().AllMigrations(), plan.Pending);
        Assert.Contains("CREATE TABLE \"ApiKeys\"", plan.Script, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dataDirectory));
    }

    private static async Task<bool> TableExistsAsync(IServiceProvider services, string table)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();
        var count = await context.Database
            .SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}", table)
            .SingleAsync();
        return count == 1;
    }
}
