using Bunit;
using JobSentinel.Core.Backups;
using JobSentinel.Core.Security;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Components.Pages.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages;

public sealed class BackupsPanelTests : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private ServiceProvider _core = null!;

    public async ValueTask InitializeAsync()
    {
        _core = await CoreServices.BuildInitializedAsync(_directory.Path);
        Services.AddSingleton(_core.GetRequiredService<BackupService>());
        Services.AddSingleton(_core.GetRequiredService<AuditLog>());
        AddAuthorization().SetAuthorized("admin");
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _core.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task BackUpNow_ThenVerify_ListsTheArchiveAndMarksItVerified()
    {
        var panel = Render<BackupsPanel>();
        Assert.Contains("No backups yet", panel.Markup, StringComparison.Ordinal);

        await panel.Find("[data-testid=backup-create]").ClickAsync(new());

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=backups-table] tbody tr")));
        Assert.Contains("taken", panel.Find("[data-testid=backup-message]").TextContent, StringComparison.Ordinal);
        await panel.FindAll("button").Single(b => b.TextContent.Trim() == "Verify").ClickAsync(new());
        panel.WaitForAssertion(() => Assert.Contains("verified", panel.Find("[data-testid=backups-table]").TextContent, StringComparison.Ordinal));
        var events = await _core.GetRequiredService<AuditLog>().QueryAsync(null, null, 1, 10);
        Assert.Equal(["backup.verified", "backup.created"], events.Items.Select(e => e.Kind));
        Assert.All(events.Items, e => Assert.Equal("admin", e.Actor));
    }
}
