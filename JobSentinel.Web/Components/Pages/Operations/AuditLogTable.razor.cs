using JobSentinel.Core.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Operations;

/// <summary>Logins, key failures and configuration changes, newest first, paged on the server.</summary>
public partial class AuditLogTable
{
    private MudTable<AuditEvent>? _table;
    private string? _kind;

    [Inject]
    public required AuditLog AuditLog { get; init; }

    private async Task<TableData<AuditEvent>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var page = await AuditLog.QueryAsync(_kind, null, state.Page + 1, state.PageSize, cancellationToken);
        return new TableData<AuditEvent> { Items = page.Items, TotalItems = page.Total };
    }

    private async Task KindChangedAsync(string? kind)
    {
        _kind = kind;
        if (_table is not null)
        {
            await _table.ReloadServerData();
        }
    }

    private static Color ColorOf(string kind) => kind switch
    {
        AuditKinds.LoginFailed or AuditKinds.ApiKeyRejected or AuditKinds.LoginRateLimited or AuditKinds.PasswordChangeFailed => Color.Error,
        AuditKinds.ApiKeyRevoked or AuditKinds.PasswordChanged => Color.Warning,
        AuditKinds.LoginSucceeded or AuditKinds.ApiKeyCreated => Color.Success,
        _ => Color.Default,
    };
}
