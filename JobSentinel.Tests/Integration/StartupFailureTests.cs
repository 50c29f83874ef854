using System.Security.Cryptography;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration;

/// <summary>The real binary refuses to start with one clear message (no stack trace) and exit code 1.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task DataDirectoryNotWritable_ExitsNamingThePath()
    {
        using var directory = new TempDirectory();
        var blocker = directory.Combine("plain-file");
        await File.WriteAllTextAsync(blocker, "a file where a folder should be", TestContext.Current.CancellationToken);
        var dataDirectory = Path.Combine(blocker, "data");
        await using var app = AppProcess.Start(dataDirectory);

        Assert.Equal(1, await app.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains($"The data directory '{dataDirectory}' cannot be created", app.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", app.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorruptDatabase_ExitsAndLeavesTheFileUntouched()
    {
        using var directory = new TempDirectory();
        var database = directory.Combine("jobsentinel.db");
        var garbage = RandomNumberGenerator.GetBytes(64 * 1024);
        await File.WriteAllBytesAsync(database, garbage, TestContext.Current.CancellationToken);
        await using var app = AppProcess.Start(directory.Path);

        Assert.Equal(1, await app.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains($"The database file '{database}' is damaged or is not a SQLite database", app.Error, StringComparison.Ordinal);
        Assert.Contains("left untouched", app.Error, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(database, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SecondInstanceOnTheSameDataDirectory_Refuses()
    {
        using var directory = new TempDirectory();
        await using var first = AppProcess.Start(directory.Path);
        await first.WaitUntilHealthyAsync();
        await using var second = AppProcess.Start(directory.Path);

        Assert.Equal(1, await second.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains("Another JobSentinel process is already using the data directory", second.Error, StringComparison.Ordinal);
        Assert.Contains(directory.Path, second.Error, StringComparison.Ordinal);
        Assert.False(first.HasExited);
    }

    [Fact]
    public async Task SecondInstanceOnTheSamePort_ExitsWithAClearMessage()
    {
        using var firstDirectory = new TempDirectory();
        using var secondDirectory = new TempDirectory();
        await using var first = AppProcess.Start(firstDirectory.Path);
        await first.WaitUntilHealthyAsync();
        await using var second = AppProcess.Start(secondDirectory.Path, port: first.Port);

        Assert.Equal(1, await second.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains("address already in use", second.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("--urls", second.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidConfiguration_ExitsNamingEveryBadKey()
    {
        using var directory = new TempDirectory();
        await using var app = AppProcess.Start(directory.Path, new Dictionary<string, string>
        {
            ["JobSentinel__Security__LoginAttemptsPerMinute"] = "0",
            ["JobSentinel__Health__DiskUnhealthyPercent"] = "500",
        });

        Assert.Equal(1, await app.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        Assert.Contains("JobSentinel:Security:LoginAttemptsPerMinute", app.Error, StringComparison.Ordinal);
        Assert.Contains("JobSentinel:Health:DiskUnhealthyPercent", app.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GracefulStop_ExitsZeroAndReleasesTheDataDirectory()
    {
        using var directory = new TempDirectory();
        await using (var first = AppProcess.Start(directory.Path))
        {
            await first.WaitUntilHealthyAsync();
            Assert.Equal(0, await first.StopAsync());
        }

        await using var second = AppProcess.Start(directory.Path);
        await second.WaitUntilHealthyAsync();
    }
}
