using JobSentinel.Core.Security;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Unit.Security;

public sealed class AdminAccountServiceTests
{
    [Fact]
    public async Task EnsureAdmin_NoConfiguredPassword_GeneratesOneThatMustBeChanged()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path);
        var accounts = services.GetRequiredService<AdminAccountService>();

        var generated = await accounts.EnsureAdminAsync(CancellationToken.None);

        Assert.NotNull(generated);
        var login = await accounts.VerifyLoginAsync("admin", generated, "127.0.0.1", CancellationToken.None);
        Assert.Equal(LoginOutcome.Succeeded, login.Outcome);
        Assert.True(login.User!.MustChangePassword);
        Assert.Null(await accounts.EnsureAdminAsync(CancellationToken.None)); // shown once: never generated again
    }

    [Fact]
    public async Task EnsureAdmin_ConfiguredPassword_IsUsedWithoutForcedChange()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path,
            new Dictionary<string, string?> { ["JobSentinel:Security:AdminPassword"] = "configured password 1" });
        var accounts = services.GetRequiredService<AdminAccountService>();

        Assert.Null(await accounts.EnsureAdminAsync(CancellationToken.None));

        var login = await accounts.VerifyLoginAsync("admin", "configured password 1", null, CancellationToken.None);
        Assert.False(login.User!.MustChangePassword);
    }

    [Fact]
    public async Task VerifyLogin_WrongPasswordOrUnknownUser_FailsAndIsAudited()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path,
            new Dictionary<string, string?> { ["JobSentinel:Security:AdminPassword"] = "configured password 1" });
        var accounts = services.GetRequiredService<AdminAccountService>();
        await accounts.EnsureAdminAsync(CancellationToken.None);

        Assert.Equal(LoginOutcome.InvalidCredentials, (await accounts.VerifyLoginAsync("admin", "wrong", "10.0.0.9", CancellationToken.None)).Outcome);
        Assert.Equal(LoginOutcome.InvalidCredentials, (await accounts.VerifyLoginAsync("mallory", "configured password 1", "10.0.0.9", CancellationToken.None)).Outcome);
        Assert.Equal(LoginOutcome.InvalidCredentials, (await accounts.VerifyLoginAsync(null, null, null, CancellationToken.None)).Outcome);

        var failures = await services.GetRequiredService<AuditLog>().QueryAsync(AuditKinds.LoginFailed, null, 1, 10, CancellationToken.None);
        Assert.Equal(3, failures.Total);
        Assert.Contains(failures.Items, e => e.RemoteIp == "10.0.0.9" && e.Actor == "mallory");
    }

    [Theory]
    [InlineData("wrong current", "a brand new password", "a brand new password", "currentPassword")]
    [InlineData("configured password 1", "short", "short", "newPassword")]
    [InlineData("configured password 1", "configured password 1", "configured password 1", "newPassword")]
    [InlineData("configured password 1", "a brand new password", "a different password", "confirmPassword")]
    public async Task ChangePassword_InvalidInput_ReportsTheField(string current, string next, string confirm, string field)
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path,
            new Dictionary<string, string?> { ["JobSentinel:Security:AdminPassword"] = "configured password 1" });
        var accounts = services.GetRequiredService<AdminAccountService>();
        await accounts.EnsureAdminAsync(CancellationToken.None);

        var result = await accounts.ChangePasswordAsync("admin", current, next, confirm, null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(field, result.Errors.Keys);
        Assert.Equal(LoginOutcome.Succeeded, (await accounts.VerifyLoginAsync("admin", "configured password 1", null, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task ChangePassword_Valid_ClearsForcedChangeAndRotatesTheSessionStamp()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path);
        var accounts = services.GetRequiredService<AdminAccountService>();
        var generated = (await accounts.EnsureAdminAsync(CancellationToken.None))!;
        var stampBefore = await accounts.GetSecurityStampAsync(CancellationToken.None);

        var result = await accounts.ChangePasswordAsync("admin", generated, "my own long password", "my own long password", null, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.False(result.User!.MustChangePassword);
        Assert.NotEqual(stampBefore, await accounts.GetSecurityStampAsync(CancellationToken.None));
        Assert.Equal(LoginOutcome.InvalidCredentials, (await accounts.VerifyLoginAsync("admin", generated, null, CancellationToken.None)).Outcome);
        Assert.Equal(LoginOutcome.Succeeded, (await accounts.VerifyLoginAsync("admin", "my own long password", null, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task RevokeSessions_ChangesTheStamp()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path);
        var accounts = services.GetRequiredService<AdminAccountService>();
        await accounts.EnsureAdminAsync(CancellationToken.None);
        var before = await accounts.GetSecurityStampAsync(CancellationToken.None);

        await accounts.RevokeSessionsAsync(CancellationToken.None);

        Assert.NotEqual(before, await accounts.GetSecurityStampAsync(CancellationToken.None));
    }
}
