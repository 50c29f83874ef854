using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Unit.Diagnostics;

public sealed class SloServiceTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 20, 12, 0, 30, DateTimeKind.Utc);
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(Now));
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync() =>
        _services = await CoreServices.BuildInitializedAsync(_directory.Path, configure: s => s.AddSingleton<TimeProvider>(_time));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Get_NothingStored_EverySloHasNoDataAndNoNumbers()
    {
        var slos = await GetAsync();

        Assert.Equal(6, slos.Count);
        Assert.All(slos, slo =>
        {
            Assert.Equal(SloResult.NoData, slo.Status);
            Assert.Null(slo.Current);
            Assert.Null(slo.ErrorBudgetRemaining);
            Assert.Null(slo.BurnRate);
        });
    }

    [Fact]
    public async Task Availability_FullWeekOfHeartbeats_IsMet()
    {
        await SeedAsync(c => OpsData.AddMinutes(c, Minute(Now.AddDays(-8)), 8 * 24 * 60));

        var availability = Find(await GetAsync(), SloService.Availability);

        Assert.Equal(1.0, availability.Current);
        Assert.Equal(SloResult.Met, availability.Status);
        Assert.Equal(0, availability.BurnRate);
        Assert.Equal(1, availability.ErrorBudgetRemaining);
        Assert.Equal("7d", availability.Window);
    }

    [Fact]
    public async Task Availability_TwoHourGapInHeartbeats_LowersItAndBreachesTheObjective()
    {
        var gapStart = Now.AddDays(-3);
        await SeedAsync(c => OpsData.AddMinutes(c, Minute(Now.AddDays(-8)), 8 * 24 * 60,
            skip: minute => minute >= gapStart && minute < gapStart.AddHours(2)));

        var availability = Find(await GetAsync(), SloService.Availability);

        // 7 days = 10,080 expected minutes (up to the last flushed minute), 120 of them missing.
        Assert.Equal(Math.Round((10_080 - 120) / 10_080.0, 6), availability.Current);
        Assert.Equal(SloResult.Breached, availability.Status);
        Assert.Equal(120 / 10_080.0 / 0.001, availability.BurnRate!.Value, 3);
        Assert.Equal(0, availability.ErrorBudgetRemaining);
    }

    [Fact]
    public async Task Availability_YoungInstall_CountsFromTheFirstSample()
    {
        await SeedAsync(c => OpsData.AddMinutes(c, Minute(Now.AddHours(-3)), 180));

        var availability = Find(await GetAsync(), SloService.Availability);

        Assert.Equal(1.0, availability.Current);
        Assert.Equal(SloResult.Met, availability.Status);
    }

    [Fact]
    public async Task Availability_ServiceDownSinceTheLastSample_CountsTheSilence()
    {
        // Up for 10 hours, then nothing for the last 2 hours: the trailing gap is downtime too.
        await SeedAsync(c => OpsData.AddMinutes(c, Minute(Now.AddHours(-12)), 600));

        var availability = Find(await GetAsync(), SloService.Availability);

        Assert.Equal(Math.Round(600 / 720.0, 6), availability.Current);
        Assert.Equal(SloResult.Breached, availability.Status);
    }

    [Fact]
    public async Task ScrapeSuccess_TwoFailuresInTen_IsBreachedWithBurnRateFour()
    {
        await SeedAsync(c =>
        {
            var source = OpsData.AddSource(c, "acme");
            for (var i = 0; i < 10; i++)
            {
                OpsData.AddRun(c, source, Now.AddHours(-i - 1), failed: i < 2);
            }

            OpsData.AddRun(c, source, Now.AddDays(-2), failed: true); // outside the 24 h window
        });

        var scrape = Find(await GetAsync(), SloService.ScrapeSuccess);

        Assert.Equal(0.8, scrape.Current);
        Assert.Equal(4, scrape.BurnRate);
        Assert.Equal(0, scrape.ErrorBudgetRemaining);
        Assert.Equal(SloResult.Breached, scrape.Status);
    }

    [Fact]
    public async Task AnalysisLatency_OneSlowAnalysisInTwenty_IsAtTheEdgeOfItsBudget()
    {
        await SeedAsync(c =>
        {
            for (var i = 0; i < 20; i++)
            {
                OpsData.AddResume(c, Now.AddHours(-1), analysisMs: i == 0 ? 7_000 : 300);
            }
        });

        var analysis = Find(await GetAsync(), SloService.AnalysisLatency);

        Assert.Equal(0.95, analysis.Current);
        Assert.Equal(1, analysis.BurnRate);
        Assert.Equal(SloResult.AtRisk, analysis.Status);
    }

    [Fact]
    public async Task ApiLatency_FromTheSamplesSlowCounts()
    {
        await SeedAsync(c => OpsData.AddMinutes(c, Minute(Now.AddHours(-1)), 50, configure: s =>
        {
            s.ApiRequests = 100;
            s.ApiSlowRequests = 2;
        }));

        var api = Find(await GetAsync(), SloService.ApiLatency);

        Assert.Equal(0.98, api.Current);
        Assert.Equal(0.4, api.BurnRate);
        Assert.Equal(0.6, api.ErrorBudgetRemaining);
        Assert.Equal(SloResult.Met, api.Status);
    }

    [Theory]
    [InlineData(100, 100, 0, 1, SloResult.Met)]
    [InlineData(96, 100, 0.8, 0.2, SloResult.AtRisk)]
    [InlineData(90, 100, 2, 0, SloResult.Breached)]
    public void From_Counts_GivesBudgetAndBurnRate(long good, long total, double burnRate, double remaining, string status)
    {
        var result = SloResult.From("x", 0.95, "24h", good, total);

        Assert.Equal(burnRate, result.BurnRate);
        Assert.Equal(remaining, result.ErrorBudgetRemaining);
        Assert.Equal(status, result.Status);
    }

    private static DateTime Minute(DateTime time) => OpsRecorder.MinuteOf(time);

    private static SloResult Find(IReadOnlyList<SloResult> slos, string name) => Assert.Single(slos, s => s.Name == name);

    private Task<IReadOnlyList<SloResult>> GetAsync() => _services.GetRequiredService<SloService>().GetAsync(TestContext.Current.CancellationToken);

    private async Task SeedAsync(Action<JobSentinelDbContext> seed)
    {
        await using var context = await _services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();
        seed(context);
        await context.SaveChangesAsync();
    }
}
