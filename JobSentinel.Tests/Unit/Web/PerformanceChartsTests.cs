using JobSentinel.Core.Diagnostics;
using JobSentinel.Web.Components.Pages.Dashboards;

namespace JobSentinel.Tests.Unit.Web;

public sealed class PerformanceChartsTests
{
    private static readonly DateTime At = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void From_PointsAndRuns_GiveOneSeriesPerLineWithTheirValues()
    {
        var series = new OpsSeries(At.AddHours(-1), At, TimeSpan.FromMinutes(1),
            [
                new OpsPoint(At.AddMinutes(-2), 10, 5, 50, 90, 3, 1, null, 200, 4),
                new OpsPoint(At.AddMinutes(-1), 0, null, null, null, 4, 0, 2, 210, 5),
            ],
            [new ScraperSeries("acme", [new ScraperPoint(At.AddMinutes(-30), 1.5, 2)])]);

        var charts = PerformanceCharts.From(series);

        Assert.Equal(["p50 (ms)", "p95 (ms)", "p99 (ms)"], charts.Latency.Select(s => s.Name));
        Assert.Equal([90.0], charts.Latency[2].Data.Values); // minutes without requests have no percentile
        Assert.Equal(["Evaluations queued", "Alerts pending", "Hangfire enqueued"], charts.Queues.Select(s => s.Name));
        Assert.Equal([3.0, 4.0], charts.Queues[0].Data.Values);
        Assert.Equal([0.0, 2.0], charts.Queues[2].Data.Values);
        Assert.Equal([200.0, 210.0], Assert.Single(charts.Memory).Data.Values);
        Assert.Equal([4.0, 5.0], Assert.Single(charts.Cpu).Data.Values);
        Assert.Equal("acme (s)", Assert.Single(charts.Scrapers).Name);
    }

    [Fact]
    public void From_EmptySeries_GivesNoChartSeries()
    {
        var charts = PerformanceCharts.From(new OpsSeries(At.AddHours(-1), At, TimeSpan.FromMinutes(1), [], []));

        Assert.All(new[] { charts.Latency, charts.Scrapers, charts.Queues, charts.Memory, charts.Cpu }, Assert.Empty);
    }
}
