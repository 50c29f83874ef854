using System.Text.RegularExpressions;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration;

public sealed partial class FirstRunTests
{
    [Fact]
    public async Task FirstRun_PrintsAGeneratedPasswordOnceAndStoresOnlyItsHash()
    {
        using var directory = new TempDirectory();
        string password;
        await using (var first = AppProcess.Start(directory.Path))
        {
            await first.WaitUntilHealthyAsync();
            password = PrintedPassword().Match(first.Output).Groups[1].Value;
            Assert.Equal(20, password.Length);
            Assert.Contains("You must change this password when you first sign in", first.Output, StringComparison.Ordinal);
            Assert.Equal(0, await first.StopAsync());
        }

        var stored = await File.ReadAllBytesAsync(directory.Combine("jobsentinel.db"), TestContext.Current.CancellationToken);
        Assert.Equal(-1, stored.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(password)));

        await using var second = AppProcess.Start(directory.Path);
        await second.WaitUntilHealthyAsync();
        Assert.DoesNotContain("password:", second.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"password:\s+(\S+)")]
    private static partial Regex PrintedPassword();
}
