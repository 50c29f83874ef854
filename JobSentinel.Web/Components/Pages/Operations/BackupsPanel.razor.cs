using JobSentinel.Core.Backups;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Security;
using JobSentinel.Web.Endpoints;
using JobSentinel.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Operations;

/// <summary>The backups of the data directory: take one now, list them, verify one, restore one (in maintenance mode only).</summary>
public partial class BackupsPanel
{
    private readonly Dictionary<string, BackupVerification> _verified = [];
    private IReadOnlyList<BackupInfo> _backups = [];
    private (Severity Severity, string Text)? _message;
    private bool _busy;
    private bool _maintenance;

    [Inject]
    public required BackupService Backups { get; init; }

    [Inject]
    public required AuditLog Audit { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? Authentication { get; set; }

    [Inject]
    public required MaintenanceMode Maintenance { get; init; }

    [Inject]
    public required MaintenanceControl Control { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    protected override void OnInitialized()
    {
        _backups = Backups.List();
        _maintenance = Maintenance.IsEnabled;
        Maintenance.Changed += OnMaintenanceChanged;
    }

    public void Dispose() => Maintenance.Changed -= OnMaintenanceChanged;

    private void OnMaintenanceChanged(MaintenanceState state) => _ = InvokeAsync(() =>
    {
        _maintenance = state.Enabled;
        StateHasChanged();
    });

    private async Task RestoreAsync(BackupInfo backup)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Restore backup",
            $"Replace the current data with {backup.Name}? The archive is verified first; then the current database, uploads and keys " +
            "are moved to restore-aside/<time>/ in the data directory (nothing is deleted), the backup's are put in place and pending " +
            "migrations are applied. The backup's data-protection keys take effect at the next start.",
            yesText: "Restore", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        try
        {
            var outcome = await Control.RestoreAsync(backup.Name, await ActorAsync(), null, CancellationToken.None);
            _message = (outcome.Status == MaintenanceControl.RestoreStatus.Restored ? Severity.Success : Severity.Error, outcome.Message);
        }
        catch (IOException ex)
        {
            _message = (Severity.Error, $"The restore failed: {ex.Message}");
        }
        finally
        {
            _busy = false;
            _backups = Backups.List();
        }
    }

    private async Task CreateAsync()
    {
        _busy = true;
        try
        {
            var backup = await Backups.CreateAsync(CancellationToken.None);
            await Audit.WriteAsync(BackupsApi.CreatedEvent, await ActorAsync(), null, backup.Name);
            _message = backup.CopyError is null
                ? (Severity.Success, $"Backup {backup.Name} taken ({backup.SizeBytes / 1024.0:N0} KB){(backup.CopiedTo is null ? "" : $" and copied to {backup.CopiedTo}")}.")
                : (Severity.Warning, $"Backup {backup.Name} taken, but {backup.CopyError}");
        }
        catch (IOException ex)
        {
            _message = (Severity.Error, $"The backup failed: {ex.Message}");
        }
        finally
        {
            _busy = false;
            _backups = Backups.List();
        }
    }

    private async Task VerifyAsync(BackupInfo backup)
    {
        if (Backups.PathOf(backup.Name) is not { } path)
        {
            _message = (Severity.Warning, $"{backup.Name} is no longer there.");
            _backups = Backups.List();
            return;
        }

        _busy = true;
        var result = await Backups.VerifyAsync(path, CancellationToken.None);
        _busy = false;
        _verified[backup.Name] = result;
        await Audit.WriteAsync(BackupsApi.VerifiedEvent, await ActorAsync(), null, result.Summary);
        _message = result.Ok
            ? (Severity.Success, $"{backup.Name}: {result.Files} file(s), every checksum and the integrity check passed.")
            : (Severity.Error, $"{backup.Name}: {string.Join(" ", result.Problems)}");
    }

    private async Task<string?> ActorAsync() => Authentication is null ? null : (await Authentication).User.Identity?.Name;
}
