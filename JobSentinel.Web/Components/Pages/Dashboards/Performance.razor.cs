using System.Globalization;
using JobSentinel.Core.Diagnostics;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Dashboards;

/// <summary>Latency percentiles, scrape durations, queue lengths, memory and CPU over the chosen range; reloads every 15 s.</summary>
public partial class Performance : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(15);

    private TimeSpan _range = TimeSpan.FromHours(24);
    private OpsSeries? _series;
    private PerformanceCharts _charts = PerformanceCharts.Empty;
    private TimeSeriesChartOptions _options = PerformanceCharts.OptionsFor(TimeSpan.FromHours(24));
    private string? _error;
    private ITimer? _timer;

    [Inject]
    public required OpsSeriesQueries Queries { get; init; }

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

    private async Task OnRangeChangedAsync()
    {
        _options = PerformanceCharts.OptionsFor(_range);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            var series = await Queries.GetAsync(_range, CancellationToken.None);
            _series = series;
            _charts = PerformanceCharts.From(series);
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = ex.Message;
        }
    }

    private static string BucketText(TimeSpan bucket) =>
        bucket.TotalMinutes < 60 ? $"{bucket.TotalMinutes:0} min"
        : bucket.TotalHours < 24 ? $"{bucket.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} h"
        : $"{bucket.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)} d";

    public void Dispose() => _timer?.Dispose();
}
