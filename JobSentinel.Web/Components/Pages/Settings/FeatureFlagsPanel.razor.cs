using JobSentinel.Core.Features;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Settings;

/// <summary>Switches and a percentage slider per feature flag; kill switches with a confirmation. Changes go through <see cref="FeatureFlags"/> (audited).</summary>
public partial class FeatureFlagsPanel
{
    private FeatureFlagsView? _view;
    private string? _error;
    private bool _busy;

    [Inject]
    public required FeatureFlags Flags { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync() => _view = await Flags.GetAsync(CancellationToken.None);

    private Task SetFlagAsync(string name, bool? enabled, int? percentage) =>
        ApplyAsync(new Dictionary<string, (bool?, int?)> { [name] = (enabled, percentage) }, null,
            enabled is { } on ? $"Flag '{name}' turned {(on ? "on" : "off")}." : $"Flag '{name}' set to {percentage} %.");

    private async Task SetKillSwitchAsync(string name, bool paused)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(paused ? $"Pause {name}" : $"Resume {name}",
            paused
                ? $"Pause all {name} work now? It stays paused until you resume it."
                : $"Resume {name}? Work held while it was paused starts again.",
            yesText: paused ? "Pause" : "Resume", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        await ApplyAsync(null, new Dictionary<string, bool> { [name] = paused }, $"Kill switch '{name}' {(paused ? "paused" : "resumed")}.");
    }

    private async Task ApplyAsync(Dictionary<string, (bool?, int?)>? flags, Dictionary<string, bool>? killSwitches, string done)
    {
        _busy = true;
        _error = null;
        try
        {
            var actor = AuthenticationState is null ? null : (await AuthenticationState).User.Identity?.Name;
            var errors = await Flags.SetAsync(flags, killSwitches, actor, null, CancellationToken.None);
            if (errors.Count > 0)
            {
                _error = string.Join(" ", errors.SelectMany(e => e.Value));
            }
            else
            {
                Snackbar.Add(done, Severity.Success);
            }

            _view = await Flags.GetAsync(CancellationToken.None);
        }
        finally
        {
            _busy = false;
        }
    }
}
