using System.Globalization;
using JobSentinel.Core.Diagnostics;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Shared;

/// <summary>The SLOs of <see cref="SloService"/>, loaded by the panel itself and reloaded every <see cref="RefreshInterval"/>.</summary>
public partial class SloPanel : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private IReadOnlyList<SloResult>? _items;
    private DateTime? _loadedAt;
    private string? _error;
    private ITimer? _timer;

    [Inject]
    public required SloService Slos { get; init; }

    [Inject]
    public required TimeProvider TimeProvider { get; init; }

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        _timer = TimeProvider.CreateTimer(_ => InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        }), null, RefreshInterval, RefreshInterval);
    }

    private async Task LoadAsync()
    {
        try
        {
            _items = await Slos.GetAsync(CancellationToken.None);
            _loadedAt = TimeProvider.GetUtcNow().UtcDateTime;
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Keep the last values on screen; say why they are not fresh.
            _error = ex.Message;
        }
    }

    internal static string Percent(double? fraction) =>
        fraction is { } value ? (value * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %" : "—";

    internal static Color ColorOf(string status) => status switch
    {
        SloResult.Met => Color.Success,
        SloResult.AtRisk => Color.Warning,
        SloResult.Breached => Color.Error,
        _ => Color.Default,
    };

    internal static string LabelOf(string status) => status switch
    {
        SloResult.AtRisk => "at risk",
        SloResult.NoData => "no data",
        _ => status,
    };

    public void Dispose() => _timer?.Dispose();
}
