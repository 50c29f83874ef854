using Bunit;
using JobSentinel.Core.Backups;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Security;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.BackgroundJobs;
using JobSentinel.Web.Components.Pages.Operations;
using JobSentinel.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JobSentinel.Tests.Components.Pages;

public sealed class BackupsPanelTests : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private ServiceProvider _core = null!;

    public async ValueTask InitializeAsync()
    {
        _core = await CoreServices.BuildInitializedAsync(_directory.Path, configure: services =>
        {
            services.AddSingleton<SourceScheduleSync>();
            services.AddSingleton<StoredWorkRecovery>();
            services.AddSingleton<MaintenanceControl>();
        });
        Services.AddSingleton(_core.GetRequiredService<BackupService>());
        Services.AddSingleton(_core.GetRequiredService<AuditLog>());
        Services.AddSingleton(_core.GetRequiredService<MaintenanceMode>());
        Services.AddSingleton(_core.GetRequiredService<MaintenanceControl>());
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

    [Fact]
    public async Task Restore_IsDisabledOutsideMaintenanceMode_ThenRestoresAfterTheConfirmation()
    {
        var backup = await _core.GetRequiredService<BackupService>().CreateAsync(CancellationToken.None);
        var dialogs = Render<MudDialogProvider>();
        var panel = Render<BackupsPanel>();
        Assert.True(panel.Find("[data-testid=backup-restore]").HasAttribute("disabled"));

        await _core.GetRequiredService<MaintenanceControl>().SetAsync(true, "restore test", "admin", null, CancellationToken.None);

        panel.WaitForAssertion(() => Assert.False(panel.Find("[data-testid=backup-restore]").HasAttribute("disabled")));
        panel.Find("[data-testid=backup-restore]").Click(); // not awaited: the handler waits for the dialog
        dialogs.WaitForAssertion(() => Assert.Contains("restore-aside", dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        await dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Restore").ClickAsync(new());

        panel.WaitForAssertion(
            () => Assert.Contains($"{backup.Name} restored", panel.Find("[data-testid=backup-message]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(15));
        Assert.Single(Directory.GetDirectories(Path.Combine(_directory.Path, "restore-aside")));
        var events = await _core.GetRequiredService<AuditLog>().QueryAsync(null, null, 1, 10);
        Assert.Contains(events.Items, e => e.Kind == AuditKinds.BackupRestored && e.Actor == "admin");
    }

    [Fact]
    public async Task Restore_CancelledInTheDialog_ChangesNothing()
    {
        await _core.GetRequiredService<BackupService>().CreateAsync(CancellationToken.None);
        await _core.GetRequiredService<MaintenanceControl>().SetAsync(true, "restore test", "admin", null, CancellationToken.None);
        var dialogs = Render<MudDialogProvider>();
        var panel = Render<BackupsPanel>();

        panel.Find("[data-testid=backup-restore]").Click(); // not awaited: the handler waits for the dialog
        dialogs.WaitForAssertion(() => dialogs.Find(".mud-dialog"));
        await dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "restore-aside")));
    }
}
