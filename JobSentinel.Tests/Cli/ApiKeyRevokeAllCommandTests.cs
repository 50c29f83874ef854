using JobSentinel.Core.Security;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Cli;

public sealed class ApiKeyRevokeAllCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task RevokeAll_RevokesEveryKeyAndEndsSessions_PrintingHowMany()
    {
        using var directory = new TempDirectory();
        await RunAsync("apikey", "create", "--name", "one", "--data-dir", directory.Path);
        await RunAsync("apikey", "create", "--name", "two", "--data-dir", directory.Path);
        await using (var core = await CoreServices.BuildInitializedAsync(directory.Path))
        {
            await core.GetRequiredService<AdminAccountService>().EnsureAdminAsync(CancellationToken.None);
        }

        var stampBefore = await StampAsync(directory.Path);

        var (code, output, _) = await RunAsync("apikey", "revoke", "--all", "--data-dir", directory.Path);

        Assert.Equal(CliApp.Success, code);
        Assert.Contains("Revoked 2 API key(s)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("active", (await RunAsync("apikey", "list", "--data-dir", directory.Path)).Output, StringComparison.Ordinal);
        Assert.NotEqual(stampBefore, await StampAsync(directory.Path));
    }

    [Theory]
    [InlineData("apikey", "revoke")]
    [InlineData("apikey", "revoke", "1", "--all")]
    public async Task Revoke_NeitherOrBothOfIdAndAll_IsAUsageError(params string[] args)
    {
        using var directory = new TempDirectory();

        var (code, _, error) = await RunAsync([.. args, "--data-dir", directory.Path]);

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("either a key id or --all", error, StringComparison.Ordinal);
    }

    private static async Task<string?> StampAsync(string dataDirectory)
    {
        await using var core = await CoreServices.BuildInitializedAsync(dataDirectory);
        return await core.GetRequiredService<AdminAccountService>().GetSecurityStampAsync(CancellationToken.None);
    }
}
