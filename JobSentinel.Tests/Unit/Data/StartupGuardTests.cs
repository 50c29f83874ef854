using System.Security.Cryptography;
using JobSentinel.Core.Data;
using JobSentinel.Core.Operations;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Unit.Data;

public sealed class StartupGuardTests
{
    [Fact]
    public void EnsureUsable_GarbageDatabaseFile_ThrowsNamingThePathAndLeavesTheFileUntouched()
    {
        using var directory = new TempDirectory();
        var database = directory.Combine("jobsentinel.db");
        File.WriteAllBytes(database, RandomNumberGenerator.GetBytes(8192));
        var before = File.ReadAllBytes(database);

        var error = Assert.Throws<StartupException>(() => DatabaseFileGuard.EnsureUsable(database));

        Assert.Contains(database, error.Message, StringComparison.Ordinal);
        Assert.Contains("left untouched", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(database));
        Assert.False(File.Exists(database + "-wal"));
        Assert.False(File.Exists(database + "-journal"));
    }

    [Fact]
    public void EnsureUsable_NoDatabaseYet_DoesNothing()
    {
        using var directory = new TempDirectory();

        DatabaseFileGuard.EnsureUsable(directory.Combine("jobsentinel.db"));

        Assert.False(File.Exists(directory.Combine("jobsentinel.db")));
    }

    [Fact]
    public void EnsureWritable_PathBelowAFile_ThrowsNamingThePath()
    {
        using var directory = new TempDirectory();
        var file = directory.Combine("a-file");
        File.WriteAllText(file, "not a folder");
        var dataDirectory = Path.Combine(file, "data");

        var error = Assert.Throws<StartupException>(() => DataDirectoryGuard.EnsureWritable(dataDirectory));

        Assert.Contains(dataDirectory, error.Message, StringComparison.Ordinal);
        Assert.Contains("JobSentinel:DataDirectory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstanceLock_SecondHolder_IsRefusedUntilTheFirstReleases()
    {
        using var directory = new TempDirectory();
        await using var first = CoreServices.Build(directory.Path);
        await using var second = CoreServices.Build(directory.Path);
        var firstLock = first.GetRequiredService<InstanceLock>();
        firstLock.Acquire("first");

        var error = Assert.Throws<StartupException>(() => second.GetRequiredService<InstanceLock>().Acquire("second"));
        Assert.Contains(new DataPaths(directory.Path).Root, error.Message, StringComparison.Ordinal);
        Assert.Contains($"process {Environment.ProcessId}", error.Message, StringComparison.Ordinal);

        firstLock.Dispose();
        second.GetRequiredService<InstanceLock>().Acquire("second");
        Assert.True(second.GetRequiredService<InstanceLock>().IsHeld);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Initialize_KeysFolder_IsPrivateToTheServiceAccount()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path);

        var mode = File.GetUnixFileMode(directory.Combine("keys"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, mode);
    }
}
