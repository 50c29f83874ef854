using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Cli;

namespace JobSentinel.Tests.Cli;

public sealed class CliTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("migrate", "--bogus")]
    [InlineData("apikey", "create")]
    [InlineData("apikey", "revoke", "not-a-number")]
    [InlineData("apikey")]
    public async Task UsageErrors_ExitWith2AndPrintUsage(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_UnknownRollbackTarget_ExitsWith2ListingKnownMigrations()
    {
        using var directory = new TempDirectory();

        var (code, _, error) = await RunAsync("migrate", "--rollback", "NoSuchMigration", "--data-dir", directory.Path);

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("Unknown migration 'NoSuchMigration'", error, StringComparison.Ordinal);
        Assert.Contains("Initial", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateDryRun_OnAFreshDirectory_PrintsTheSqlAndCreatesNothing()
    {
        using var directory = new TempDirectory();
        var dataDirectory = directory.Combine("data");

        var (code, output, _) = await RunAsync("migrate", "--dry-run", "--data-dir", dataDirectory);

        Assert.Equal(CliApp.Success, code);
        Assert.Contains("CREATE TABLE \"ApiKeys\"", output, StringComparison.Ordinal);
        Assert.Contains("does not exist yet", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dataDirectory));
    }

    [Fact]
    public async Task MigrateDryRun_OnAMigratedDatabase_ChangesNothing()
    {
        using var directory = new TempDirectory();
        Assert.Equal(CliApp.Success, (await RunAsync("migrate", "--data-dir", directory.Path)).ExitCode);
        var before = Snapshot(directory.Path);

        var (code, output, _) = await RunAsync("migrate", "--dry-run", "--data-dir", directory.Path);

        Assert.Equal(CliApp.Success, code);
        Assert.Contains("Nothing to do", output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(directory.Path));
    }

    [Fact]
    public async Task Migrate_ApplyRollbackReapply()
    {
        using var directory = new TempDirectory();

        var applied = await RunAsync("migrate", "--data-dir", directory.Path);
        Assert.Equal(CliApp.Success, applied.ExitCode);
        Assert.Contains("Applied:", applied.Output, StringComparison.Ordinal);

        var preview = await RunAsync("migrate", "--dry-run", "--rollback", "0", "--data-dir", directory.Path);
        Assert.Contains("DROP TABLE \"ApiKeys\"", preview.Output, StringComparison.Ordinal);

        var reverted = await RunAsync("migrate", "--rollback", "0", "--data-dir", directory.Path);
        Assert.Equal(CliApp.Success, reverted.ExitCode);
        Assert.Contains("Reverted:", reverted.Output, StringComparison.Ordinal);

        var again = await RunAsync("migrate", "--data-dir", directory.Path);
        Assert.Contains("Applied:", again.Output, StringComparison.Ordinal);
        Assert.Contains("already up to date", (await RunAsync("migrate", "--data-dir", directory.Path)).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_FreshDirectoryFailsMigratedDirectoryPasses()
    {
        using var directory = new TempDirectory();
        var dataDirectory = directory.Combine("data");

        var fresh = await RunAsync("health", "--data-dir", dataDirectory);
        Assert.Equal(CliApp.Failure, fresh.ExitCode);
        Assert.Contains("unhealthy", fresh.Output, StringComparison.Ordinal);

        await RunAsync("migrate", "--data-dir", dataDirectory);
        var ready = await RunAsync("health", "--data-dir", dataDirectory);
        Assert.Equal(CliApp.Success, ready.ExitCode);
        Assert.Contains("ok    database", ready.Output, StringComparison.Ordinal);
        Assert.EndsWith("healthy" + Environment.NewLine, ready.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_CorruptDatabase_Fails()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.Combine("jobsentinel.db"), "definitely not sqlite", TestContext.Current.CancellationToken);

        var (code, output, _) = await RunAsync("health", "--data-dir", directory.Path);

        Assert.Equal(CliApp.Failure, code);
        Assert.Contains("FAIL  database", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKey_CreateListRevoke()
    {
        using var directory = new TempDirectory();

        var created = await RunAsync("apikey", "create", "--name", "backup job", "--data-dir", directory.Path);
        Assert.Equal(CliApp.Success, created.ExitCode);
        var key = created.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        Assert.StartsWith("jsk_", key, StringComparison.Ordinal);

        var listed = await RunAsync("apikey", "list", "--data-dir", directory.Path);
        Assert.Contains("backup job", listed.Output, StringComparison.Ordinal);
        Assert.Contains("active", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed.Output, StringComparison.Ordinal);

        Assert.Equal(CliApp.Success, (await RunAsync("apikey", "revoke", "1", "--data-dir", directory.Path)).ExitCode);
        Assert.Contains("revoked", (await RunAsync("apikey", "list", "--data-dir", directory.Path)).Output, StringComparison.Ordinal);
        Assert.Equal(CliApp.Failure, (await RunAsync("apikey", "revoke", "1", "--data-dir", directory.Path)).ExitCode);
    }

    [Fact]
    public async Task WritingCommands_WhileTheServerRuns_RefuseButReadsWork()
    {
        using var directory = new TempDirectory();
        await using var server = new JobSentinelFactory(directory.Path);
        _ = server.Server;

        var create = await RunAsync("apikey", "create", "--name", "x", "--data-dir", directory.Path);
        Assert.Equal(CliApp.Failure, create.ExitCode);
        Assert.Contains("Another JobSentinel process is already using the data directory", create.Error, StringComparison.Ordinal);

        Assert.Equal(CliApp.Failure, (await RunAsync("migrate", "--data-dir", directory.Path)).ExitCode);
        Assert.Equal(CliApp.Success, (await RunAsync("migrate", "--dry-run", "--data-dir", directory.Path)).ExitCode);
        Assert.Equal(CliApp.Success, (await RunAsync("apikey", "list", "--data-dir", directory.Path)).ExitCode);
        Assert.Equal(CliApp.Success, (await RunAsync("health", "--data-dir", directory.Path)).ExitCode);
    }

    [Fact]
    public async Task RealBinary_ExitCodes()
    {
        using var directory = new TempDirectory();

        Assert.Equal(2, (await AppProcess.RunCliAsync(directory.Path, "no-such-command")).ExitCode);
        Assert.Equal(0, (await AppProcess.RunCliAsync(directory.Path, "migrate")).ExitCode);
        var health = await AppProcess.RunCliAsync(directory.Path, "health");
        Assert.Equal(0, health.ExitCode);
        Assert.Contains("healthy", health.Output, StringComparison.Ordinal);
    }

    private static Dictionary<string, (long Length, DateTime Modified)> Snapshot(string directory) =>
        Directory.GetFiles(directory).ToDictionary(f => Path.GetFileName(f), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)));
}
