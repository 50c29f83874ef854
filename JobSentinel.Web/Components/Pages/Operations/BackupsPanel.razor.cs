using JobSentinel.Core.Backups;
using JobSentinel.Core.Security;
using JobSentinel.Web.Endpoints;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Operations;

/// <summary>The backups of the data directory: take one now, list them, verify one.</summary>
public partial class BackupsPanel
{
    private readonly Dictionary<string, BackupVerification> _verified = [];
    private IReadOnlyList<BackupInfo> _backups = [];
    private (Severity Severity, string Text)? _message;
    private bool _busy;

    [Inject]
    public required BackupService Backups { get; init; }

    [Inject]
    public required AuditLog Audit { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? Authentication { get; set; }

    protected override void OnInitialized() => _backups = Backups.List();

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
