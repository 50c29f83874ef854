using JobSentinel.Core.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Settings;

/// <summary>Creates (showing the key once), lists and revokes API keys.</summary>
public partial class ApiKeysPanel
{
    private readonly NewKeyForm _form = new();
    private IReadOnlyList<ApiKey> _keys = [];
    private CreatedApiKey? _created;
    private string? _nameError;
    private bool _busy;

    [Inject]
    public required ApiKeyService ApiKeys { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync() => _keys = await ApiKeys.ListAsync(CancellationToken.None);

    private async Task CreateAsync()
    {
        _nameError = ApiKeyService.ValidateName(_form.Name);
        if (_nameError is not null)
        {
            return;
        }

        _busy = true;
        try
        {
            _created = await ApiKeys.CreateAsync(_form.Name, await ActorAsync(), CancellationToken.None);
            _form.Name = "";
            _keys = await ApiKeys.ListAsync(CancellationToken.None);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RevokeAsync(ApiKey key)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Revoke API key",
            $"Revoke '{key.Name}'? Scripts using it get 401 from now on. This cannot be undone.",
            yesText: "Revoke", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        if (await ApiKeys.RevokeAsync(key.Id, await ActorAsync(), CancellationToken.None))
        {
            Snackbar.Add($"Key '{key.Name}' revoked.", Severity.Success);
        }

        _keys = await ApiKeys.ListAsync(CancellationToken.None);
    }

    private async Task<string?> ActorAsync() =>
        AuthenticationState is null ? null : (await AuthenticationState).User.Identity?.Name;

    private sealed class NewKeyForm
    {
        public string Name { get; set; } = "";
    }
}
