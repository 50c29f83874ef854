using Bunit;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Components.Pages.Dashboards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Components.Pages.Dashboards;

public sealed class PerformancePageTests : MudBunitContext, IAsyncLifetime
{
    private static readonly string[] Charts = ["chart-latency", "chart-scrapers", "chart-queues", "chart-memory", "chart-cpu"];
    private static readonly DateTime Now = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(Now));
    private ServiceProvider _core = null!;

    public async ValueTask InitializeAsync()
    {
        _core = await CoreServices.BuildInitializedAsync(_directory.Path, configure: s => s.AddSingleton<TimeProvider>(_time));
        Services.AddSingleton(_core.GetRequiredService<OpsSeriesQueries>());
        Services.AddSingleton<TimeProvider>(_time);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _core.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Render_SeededSamplesAndRuns_DrawsEveryChartWithItsSeries()
    {
        await SeedAsync(context =>
        {
            OpsData.AddMinutes(context, Now.AddHours(-6), 360, configure: s => s.AlertsPending = s.Minute.Hour);
            var acme = OpsData.AddSource(context, "acme");
            OpsData.AddRun(context, acme, Now.AddHours(-2), durationMs: 2500);
            OpsData.AddRun(context, acme, Now.AddHours(-1), durationMs: 1500);
        });

        var page = Render<Performance>();

        page.WaitForAssertion(() => Assert.All(Charts, chart => Assert.NotNull(page.Find($"[data-testid={chart}] svg.mud-chart-line"))));
        Assert.Empty(page.FindAll("[data-testid=no-data]"));
        // The series themselves are drawn after the browser measures the chart (PerformanceJourneyTests and
        // PerformanceChartsTests cover them); here: the axes follow the seeded values.
        Assert.Contains(">80<", page.Find("[data-testid=chart-latency] .mud-charts-yaxis").InnerHtml, StringComparison.Ordinal);
        Assert.Contains("one point per 12 min", page.Find("[data-testid=performance-range]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NothingStored_SaysNoDataYetInsteadOfEmptyCharts()
    {
        var page = Render<Performance>();

        page.WaitForAssertion(() => Assert.Equal(Charts.Length, page.FindAll("[data-testid=no-data]").Count));
        Assert.Empty(page.FindAll(".mud-chart"));
        Assert.Contains("No requests recorded in this range yet.", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeRange_SevenDays_LoadsOlderSamples()
    {
        await SeedAsync(context => OpsData.AddMinutes(context, Now.AddDays(-3), 60));
        var page = Render<Performance>();
        page.WaitForAssertion(() => Assert.Equal(Charts.Length, page.FindAll("[data-testid=no-data]").Count));

        page.FindAll("[data-testid=time-range] button, [data-testid=time-range] .mud-toggle-item").First(b => b.TextContent.Contains("7 d", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=chart-latency] svg.mud-chart-line")));
        Assert.Contains("one point per 1.4 h", page.Find("[data-testid=performance-range]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timer_Every15Seconds_ShowsNewSamplesWithoutReload()
    {
        var page = Render<Performance>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=chart-memory] [data-testid=no-data]")));
        await SeedAsync(context => OpsData.AddMinutes(context, Now.AddMinutes(-5), 5));

        _time.Advance(Performance.RefreshInterval);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=chart-memory] svg.mud-chart-line")));
    }

    private async Task SeedAsync(Action<JobSentinelDbContext> seed)
    {
        await using var context = await _core.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();
        seed(context);
        await context.SaveChangesAsync();
    }
}
