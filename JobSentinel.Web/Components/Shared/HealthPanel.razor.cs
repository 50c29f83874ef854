using JobSentinel.Core.Live;
using JobSentinel.Web.Live;
using JobSentinel.Web.Observability;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Shared;

/// <summary>Green/yellow/red per health component, updated live from <see cref="HealthChanged"/> events.</summary>
public partial class HealthPanel : IDisposable
{
    private HealthChanged? _snapshot;
    private IDisposable? _subscription;
    private bool _refreshing;

    /// <summary>Two components per row instead of three, for a panel in a narrow column.</summary>
    [Parameter]
    public bool Narrow { get; set; }

    [Inject]
    public required HealthMonitor Monitor { get; init; }

    [Inject]
    public required LiveEventNotifier Notifier { get; init; }

    protected override async Task OnInitializedAsync()
    {
        _subscription = Notifier.Subscribe<HealthChanged>(snapshot => InvokeAsync(() =>
        {
            _snapshot = snapshot;
            StateHasChanged();
        }));
        _snapshot = Monitor.Current ?? await Monitor.RefreshAsync(CancellationToken.None);
    }

    private async Task RefreshAsync()
    {
        _refreshing = true;
        try
        {
            _snapshot = await Monitor.RefreshAsync(CancellationToken.None);
        }
        finally
        {
            _refreshing = false;
        }
    }

    internal static Color ColorOf(string status) => status switch
    {
        "healthy" => Color.Success,
        "degraded" => Color.Warning,
        _ => Color.Error,
    };

    private static string IconOf(string status) => status switch
    {
        "healthy" => Icons.Material.Filled.CheckCircle,
        "degraded" => Icons.Material.Filled.Warning,
        _ => Icons.Material.Filled.Error,
    };

    public void Dispose() => _subscription?.Dispose();
}
