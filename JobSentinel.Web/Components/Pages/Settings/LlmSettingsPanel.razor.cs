using JobSentinel.Core.Generation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Settings;

/// <summary>The LLM providers, timeout, cost cap and redaction; this month's spend against the cap, the breakers, and the "what is sent" preview.</summary>
public partial class LlmSettingsPanel
{
    private SettingsForm _form = new();
    private LlmUsageSummary? _usage;
    private LlmPreview? _preview;
    private Dictionary<string, string[]> _errors = [];
    private string? _previewText;
    private bool _busy;

    [Inject]
    public required LlmSettingsService Settings { get; init; }

    [Inject]
    public required LlmUsage Usage { get; init; }

    [Inject]
    public required LlmTextGenerator Generator { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var settings = await Settings.GetAsync(CancellationToken.None);
        _form = SettingsForm.From(LlmSettingsService.ToView(settings));
        _usage = await Usage.SummaryAsync(settings, CancellationToken.None);
    }

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            var actor = AuthenticationState is null ? null : (await AuthenticationState).User.Identity?.Name;
            _errors = await Settings.UpdateAsync(_form.ToUpdate(), actor, null, CancellationToken.None);
            if (_errors.Count == 0)
            {
                Snackbar.Add("LLM settings saved.", Severity.Success);
                await LoadAsync();
            }
            else
            {
                Snackbar.Add("Some settings are not valid: see the marked fields.", Severity.Error);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task PreviewAsync()
    {
        if (string.IsNullOrWhiteSpace(_previewText))
        {
            _preview = null;
            return;
        }

        _preview = await Generator.PreviewAsync(new LlmRequest("preview", "", _previewText), CancellationToken.None);
    }

    private sealed class ProviderForm
    {
        public string? BaseUrl { get; set; }

        public string? Model { get; set; }

        public string? ApiKey { get; set; }

        public double InputCostPer1M { get; set; }

        public double OutputCostPer1M { get; set; }

        public static ProviderForm From(LlmProviderView view) => new()
        {
            BaseUrl = view.BaseUrl, Model = view.Model, ApiKey = view.ApiKey, InputCostPer1M = view.InputCostPer1M, OutputCostPer1M = view.OutputCostPer1M,
        };

        public LlmProviderUpdate ToUpdate() => new(BaseUrl ?? "", Model ?? "", ApiKey ?? "", InputCostPer1M, OutputCostPer1M);
    }

    private sealed class SettingsForm
    {
        public ProviderForm Primary { get; set; } = new();

        public ProviderForm Backup { get; set; } = new();

        public int TimeoutSeconds { get; set; }

        public double MonthlyCostCapUsd { get; set; }

        public bool RedactContactDetails { get; set; }

        public int BreakerCoolDownMinutes { get; set; }

        public static SettingsForm From(LlmSettingsView view) => new()
        {
            Primary = ProviderForm.From(view.Primary),
            Backup = ProviderForm.From(view.Backup),
            TimeoutSeconds = view.TimeoutSeconds,
            MonthlyCostCapUsd = view.MonthlyCostCapUsd,
            RedactContactDetails = view.RedactContactDetails,
            BreakerCoolDownMinutes = view.BreakerCoolDownMinutes,
        };

        public LlmSettingsUpdate ToUpdate() =>
            new(Primary.ToUpdate(), Backup.ToUpdate(), TimeoutSeconds, MonthlyCostCapUsd, RedactContactDetails, BreakerCoolDownMinutes);
    }
}
