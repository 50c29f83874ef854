using JobSentinel.Core.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Operations;

/// <summary>Rejected API keys, failed logins and rate-limit violations over 24 h, and "Revoke everything".</summary>
public partial class SecurityPanel
{
    private static readonly (string Kind, string Label)[] Watched =
    [
        (AuditKinds.ApiKeyRejected, "Rejected API keys"),
        (AuditKinds.LoginFailed, "Failed logins"),
        (AuditKinds.RateLimitExceeded, "Rate-limit violations (API)"),
        (AuditKinds.LoginRateLimited, "Throttled login attempts"),
    ];

    private bool _busy;

    [Inject]
    public required AuditLog AuditLog { get; init; }

    [Inject]
    public required RevokeEverything Revoke { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required TimeProvider TimeProvider { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? Authentication { get; set; }

    private IReadOnlyList<(string Kind, string Label, int Count)> Counters { get; set; } = [];

    protected override async Task OnInitializedAsync()
    {
        var counts = await AuditLog.CountSinceAsync([.. Watched.Select(w => w.Kind)], TimeProvider.GetUtcNow().UtcDateTime.AddHours(-24));
        Counters = [.. Watched.Select(w => (w.Kind, w.Label, counts[w.Kind]))];
    }

    private async Task RevokeEverythingAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Revoke everything?",
            "Every API key is revoked at once, including the ones your scripts and integrations use, and every signed-in " +
            "browser session ends, yours included: you will be signed out and must sign in again. Create new API keys " +
            "afterwards in Settings. A key set in JobSentinel:Security:BootstrapApiKey becomes active again at the next start.",
            yesText: "Revoke everything", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        var actor = Authentication is null ? null : (await Authentication).User.Identity?.Name;
        await Revoke.RunAsync(actor, null, CancellationToken.None);
        // The session cookie is no longer valid: a full page load ends this circuit and shows the login page.
        Navigation.NavigateTo("/login", forceLoad: true);
    }
}
