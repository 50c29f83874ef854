using Bunit;
using JobSentinel.Core.Security;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Components.Pages.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages;

public sealed class SecurityPanelTests : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private ServiceProvider _core = null!;

    public async ValueTask InitializeAsync()
    {
        _core = await CoreServices.BuildInitializedAsync(_directory.Path);
        Services.AddSingleton(_core.GetRequiredService<AuditLog>());
        Services.AddSingleton(_core.GetRequiredService<RevokeEverything>());
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _core.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Render_CountsTheLast24HoursOfSecurityEvents_LinkingToTheAuditPage()
    {
        var audit = _core.GetRequiredService<AuditLog>();
        await audit.WriteAsync(AuditKinds.LoginFailed, "mallory", "203.0.113.7", "wrong password");
        await audit.WriteAsync(AuditKinds.LoginFailed, "mallory", "203.0.113.7", "wrong password");
        await audit.WriteAsync(AuditKinds.ApiKeyRejected, null, "203.0.113.8", "invalid key");
        await audit.WriteAsync(AuditKinds.RateLimitExceeded, "api key 'ci'", "10.0.0.1", "policy api: 1 request(s) refused");
        await audit.WriteAsync(AuditKinds.LoginSucceeded, "admin", "127.0.0.1", null);

        var panel = Render<SecurityPanel>();

        panel.WaitForAssertion(() =>
        {
            Assert.Contains("2", panel.Find($"[data-testid='security-count-{AuditKinds.LoginFailed}']").TextContent, StringComparison.Ordinal);
            Assert.Contains("1", panel.Find($"[data-testid='security-count-{AuditKinds.ApiKeyRejected}']").TextContent, StringComparison.Ordinal);
            Assert.Contains("1", panel.Find($"[data-testid='security-count-{AuditKinds.RateLimitExceeded}']").TextContent, StringComparison.Ordinal);
            Assert.Contains("0", panel.Find($"[data-testid='security-count-{AuditKinds.LoginRateLimited}']").TextContent, StringComparison.Ordinal);
        });
        Assert.Equal($"/operations/audit?kind={AuditKinds.LoginFailed}",
            panel.Find($"[data-testid='security-count-{AuditKinds.LoginFailed}']").GetAttribute("href"));
    }
}
