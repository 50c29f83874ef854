using JobSentinel.Core.Diagnostics;
using MudBlazor;
using MudBlazor.Charts;

namespace JobSentinel.Web.Components.Pages.Dashboards;

/// <summary>The Performance page's chart series built from <see cref="OpsSeries"/>; an empty list means "no data yet".</summary>
public sealed record PerformanceCharts(
    IReadOnlyList<ChartSeries<double>> Latency,
    IReadOnlyList<ChartSeries<double>> Scrapers,
    IReadOnlyList<ChartSeries<double>> Queues,
    IReadOnlyList<ChartSeries<double>> Memory,
    IReadOnlyList<ChartSeries<double>> Cpu)
{
    public static PerformanceCharts Empty { get; } = new([], [], [], [], []);

    public static PerformanceCharts From(OpsSeries series)
    {
        var points = series.Points;
        var withRequests = points.Where(p => p.P50Ms is not null).ToList();
        return new PerformanceCharts(
            withRequests.Count == 0 ? [] :
            [
                Series("p50 (ms)", withRequests, p => p.P50Ms!.Value),
                Series("p95 (ms)", withRequests, p => p.P95Ms ?? 0),
                Series("p99 (ms)", withRequests, p => p.P99Ms ?? 0),
            ],
            [.. series.Scrapers.Select(s => new ChartSeries<double>
            {
                Name = s.Source + " (s)",
                Data = s.Points.Select(p => new TimeValue<double>(p.At, p.AverageSeconds)).ToArray(),
                Visible = true,
            })],
            points.Count == 0 ? [] :
            [
                Series("Evaluations queued", points, p => p.EvaluationsQueued),
                Series("Alerts pending", points, p => p.AlertsPending),
                Series("Hangfire enqueued", points, p => p.HangfireEnqueued ?? 0),
            ],
            points.Count == 0 ? [] : [Series("Working set (MB)", points, p => p.WorkingSetMb)],
            points.Count == 0 ? [] : [Series("CPU (%)", points, p => p.CpuPercent)]);
    }

    /// <summary>Axis labels that suit the range: clock times up to a day, dates beyond.</summary>
    public static TimeSeriesChartOptions OptionsFor(TimeSpan range) => new()
    {
        TimeLabelSpacing = range <= TimeSpan.FromHours(1) ? TimeSpan.FromMinutes(10)
            : range <= TimeSpan.FromDays(1) ? TimeSpan.FromHours(3)
            : range <= TimeSpan.FromDays(7) ? TimeSpan.FromDays(1)
            : TimeSpan.FromDays(5),
        TimeLabelFormat = range <= TimeSpan.FromDays(1) ? "HH:mm" : "MM-dd",
        TooltipTimeLabelFormat = range <= TimeSpan.FromDays(1) ? "HH:mm" : "MM-dd HH:mm",
        ShowLegend = true,
        // A fresh install has a single sample: markers show it where a line would need two points.
        ShowDataMarkers = true,
    };

    private static ChartSeries<double> Series(string name, IEnumerable<OpsPoint> points, Func<OpsPoint, double> value) => new()
    {
        Name = name,
        Data = points.Select(p => new TimeValue<double>(p.At, value(p))).ToArray(),
        Visible = true,
    };
}
