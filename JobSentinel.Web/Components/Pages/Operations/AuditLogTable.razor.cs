using JobSentinel.Core.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Operations;

/// <summary>Logins, key failures, configuration changes, backups and restores: newest first, paged and filtered on the server.</summary>
public partial class AuditLogTable
{
    private MudTable<AuditEvent>? _table;
    private string? _kind;
    private string? _actor;
    private string? _search;

    [Inject]
    public required AuditLog AuditLog { get; init; }

    /// <summary>The kind shown first (e.g. from the page's <c>?kind=</c>); the user can change it.</summary>
    [Parameter]
    public string? InitialKind { get; set; }

    private bool Filtered => _kind is not null || !string.IsNullOrWhiteSpace(_actor) || !string.IsNullOrWhiteSpace(_search);

    protected override void OnInitialized() =>
        _kind = InitialKind is { } kind && AuditKinds.All.Contains(kind) ? kind : null;

    private async Task<TableData<AuditEvent>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var page = await AuditLog.QueryAsync(new AuditQuery(_kind, _actor, _search), state.Page + 1, state.PageSize, cancellationToken);
        return new TableData<AuditEvent> { Items = page.Items, TotalItems = page.Total };
    }

    private Task KindChangedAsync(string? kind)
    {
        _kind = kind;
        return ReloadAsync();
    }

    private Task ActorChangedAsync(string? actor)
    {
        _actor = actor;
        return ReloadAsync();
    }

    private Task SearchChangedAsync(string? search)
    {
        _search = search;
        return ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        if (_table is not null)
        {
            await _table.ReloadServerData();
        }
    }

    private static Color ColorOf(string kind) => kind switch
    {
        AuditKinds.LoginFailed or AuditKinds.ApiKeyRejected or AuditKinds.LoginRateLimited or AuditKinds.PasswordChangeFailed
            or AuditKinds.RateLimitExceeded or AuditKinds.BackupRestoreFailed => Color.Error,
        AuditKinds.ApiKeyRevoked or AuditKinds.PasswordChanged or AuditKinds.SecurityRevokedAll or AuditKinds.BackupRestored
            or AuditKinds.BackupDeleted => Color.Warning,
        AuditKinds.LoginSucceeded or AuditKinds.ApiKeyCreated => Color.Success,
        _ => Color.Default,
    };
}
