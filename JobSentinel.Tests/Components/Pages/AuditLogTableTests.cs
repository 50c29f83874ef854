using Bunit;
using JobSentinel.Core.Security;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Components.Pages.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages;

public sealed class AuditLogTableTests : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private ServiceProvider _core = null!;

    public async ValueTask InitializeAsync()
    {
        _core = await CoreServices.BuildInitializedAsync(_directory.Path);
        Services.AddSingleton(_core.GetRequiredService<AuditLog>());
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _core.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Render_ListsFailedLoginsNewestFirst()
    {
        var audit = _core.GetRequiredService<AuditLog>();
        await audit.WriteAsync(AuditKinds.LoginFailed, "mallory", "203.0.113.7", "wrong password");
        await audit.WriteAsync(AuditKinds.ApiKeyRejected, null, "203.0.113.8", "invalid key for GET /api/v1/jobs");

        var table = Render<AuditLogTable>();

        table.WaitForAssertion(() =>
        {
            var rows = table.FindAll("tbody tr");
            Assert.Equal(2, rows.Count);
            Assert.Contains("apikey.rejected", rows[0].TextContent, StringComparison.Ordinal);
            Assert.Contains("mallory", rows[1].TextContent, StringComparison.Ordinal);
            Assert.Contains("203.0.113.7", rows[1].TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Render_Empty_SaysSo()
    {
        var table = Render<AuditLogTable>();

        table.WaitForAssertion(() => Assert.Contains("No audit events", table.Markup, StringComparison.Ordinal));
    }
}
