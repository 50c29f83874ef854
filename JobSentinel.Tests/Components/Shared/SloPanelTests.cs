using Bunit;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Components.Shared;

public sealed class SloPanelTests : MudBunitContext, IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 20, 12, 0, 30, DateTimeKind.Utc);
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(Now));
    private ServiceProvider _core = null!;

    public async ValueTask InitializeAsync()
    {
        _core = await CoreServices.BuildInitializedAsync(_directory.Path, configure: s => s.AddSingleton<TimeProvider>(_time));
        Services.AddSingleton(_core.GetRequiredService<SloService>());
        Services.AddSingleton<TimeProvider>(_time);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _core.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Render_StoredEvents_ShowsCurrentObjectiveStatusBudgetAndBurnRate()
    {
        await SeedAsync(context =>
        {
            OpsData.AddMinutes(context, OpsRecorder.MinuteOf(Now.AddDays(-8)), 8 * 24 * 60);
            var source = OpsData.AddSource(context, "acme");
            for (var i = 0; i < 10; i++)
            {
                OpsData.AddRun(context, source, Now.AddHours(-i - 1), failed: i < 2);
            }
        });

        var panel = Render<SloPanel>();

        panel.WaitForAssertion(() => Assert.Equal(6, panel.FindAll("[data-testid=slo-row]").Count));
        var scrape = Row(panel, "Scrape success");
        Assert.Equal("breached", scrape.GetAttribute("data-status"));
        Assert.Contains("80 %", scrape.TextContent, StringComparison.Ordinal);
        Assert.Contains("/ 95 %", scrape.TextContent, StringComparison.Ordinal);
        Assert.Contains("4×", scrape.TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-chip-color-error", scrape.QuerySelector("[data-testid=slo-status]")!.ClassName, StringComparison.Ordinal);
        var availability = Row(panel, "Availability");
        Assert.Equal("met", availability.GetAttribute("data-status"));
        Assert.Contains("mud-chip-color-success", availability.QuerySelector("[data-testid=slo-status]")!.ClassName, StringComparison.Ordinal);
        Assert.NotNull(availability.QuerySelector("[role=progressbar]"));
        Assert.Contains("/ 99.9 %", availability.TextContent, StringComparison.Ordinal);
        Assert.Equal("noData", Row(panel, "Alert delivery p99 < 30 s").GetAttribute("data-status"));
    }

    [Fact]
    public async Task Timer_Every30Seconds_ReloadsTheObjectives()
    {
        var panel = Render<SloPanel>();
        panel.WaitForAssertion(() => Assert.Equal("noData", Row(panel, "Scrape success").GetAttribute("data-status")));
        await SeedAsync(context => OpsData.AddRun(context, OpsData.AddSource(context, "acme"), Now.AddMinutes(-5)));

        _time.Advance(SloPanel.RefreshInterval);

        panel.WaitForAssertion(() => Assert.Equal("met", Row(panel, "Scrape success").GetAttribute("data-status")));
    }

    [Fact]
    public void Dispose_StopsTheRefresh()
    {
        var panel = Render<SloPanel>();
        panel.WaitForAssertion(() => Assert.Equal(6, panel.FindAll("[data-testid=slo-row]").Count));
        var renders = panel.RenderCount;

        panel.Instance.Dispose();
        _time.Advance(SloPanel.RefreshInterval * 3);

        Assert.Equal(renders, panel.RenderCount);
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<SloPanel> panel, string name) =>
        panel.FindAll("[data-testid=slo-row]").Single(r => r.GetAttribute("data-name") == name);

    private async Task SeedAsync(Action<JobSentinelDbContext> seed)
    {
        await using var context = await _core.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();
        seed(context);
        await context.SaveChangesAsync();
    }
}
