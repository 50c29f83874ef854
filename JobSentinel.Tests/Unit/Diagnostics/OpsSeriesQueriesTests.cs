using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Unit.Diagnostics;

public sealed class OpsSeriesQueriesTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);
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

    [Theory]
    [InlineData(1, 1)]
    [InlineData(24, 12)]
    [InlineData(24 * 7, 84)]
    [InlineData(24 * 30, 360)]
    public void BucketFor_Range_KeepsAtMost120Points(int hours, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), OpsSeriesQueries.BucketFor(TimeSpan.FromHours(hours)));

    [Fact]
    public async Task Get_ThirtyDaysOfSamples_GivesAtMost120BucketsOldestFirst()
    {
        await SeedAsync(c => OpsData.AddMinutes(c, Now.AddDays(-30), 30 * 24 * 60, configure: s => s.EvaluationsQueued = s.Minute.Day));

        var series = await _services.GetRequiredService<OpsSeriesQueries>().GetAsync(TimeSpan.FromDays(30), TestContext.Current.CancellationToken);

        Assert.InRange(series.Points.Count, 119, OpsSeriesQueries.MaxPoints + 1);
        Assert.Equal(series.Points.OrderBy(p => p.At), series.Points);
        Assert.All(series.Points, p => Assert.Equal(3600, p.Requests)); // 360 minutes × 10 requests
        Assert.Equal(20, series.Points[^1].EvaluationsQueued); // the maximum of the bucket (day 20)
    }

    [Fact]
    public async Task Get_PercentilesOfABucket_AreWeightedByRequests()
    {
        await SeedAsync(c =>
        {
            OpsData.AddMinutes(c, Now.AddMinutes(-30), 1, configure: s => (s.Requests, s.P95Ms) = (30, 100));
            OpsData.AddMinutes(c, Now.AddMinutes(-29), 1, configure: s => (s.Requests, s.P95Ms) = (10, 500));
        });

        var series = await _services.GetRequiredService<OpsSeriesQueries>().GetAsync(TimeSpan.FromDays(1), TestContext.Current.CancellationToken);

        var point = Assert.Single(series.Points);
        Assert.Equal(40, point.Requests);
        Assert.Equal(200, point.P95Ms); // (30 × 100 + 10 × 500) / 40
    }

    [Fact]
    public async Task Get_ScrapeRuns_GiveOneSeriesPerSourceWithAverageSeconds()
    {
        await SeedAsync(c =>
        {
            var acme = OpsData.AddSource(c, "acme");
            var globex = OpsData.AddSource(c, "globex");
            OpsData.AddRun(c, acme, Now.AddMinutes(-20), durationMs: 1000);
            OpsData.AddRun(c, acme, Now.AddMinutes(-19), durationMs: 3000);
            OpsData.AddRun(c, globex, Now.AddMinutes(-10), durationMs: 500);
            OpsData.AddRun(c, globex, Now.AddHours(-3), durationMs: 500); // outside the hour
        });

        var series = await _services.GetRequiredService<OpsSeriesQueries>().GetAsync(TimeSpan.FromHours(1), TestContext.Current.CancellationToken);

        Assert.Equal(["acme", "globex"], series.Scrapers.Select(s => s.Source));
        Assert.Equal([1.0, 3.0], series.Scrapers[0].Points.Select(p => p.AverageSeconds));
        Assert.Equal(0.5, Assert.Single(series.Scrapers[1].Points).AverageSeconds);
        Assert.Empty(series.Points);
    }

    [Fact]
    public async Task Get_NothingInRange_IsEmpty()
    {
        await SeedAsync(c => OpsData.AddMinutes(c, Now.AddDays(-3), 10));

        var series = await _services.GetRequiredService<OpsSeriesQueries>().GetAsync(TimeSpan.FromHours(1), TestContext.Current.CancellationToken);

        Assert.True(series.IsEmpty);
    }

    private async Task SeedAsync(Action<JobSentinelDbContext> seed)
    {
        await using var context = await _services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();
        seed(context);
        await context.SaveChangesAsync();
    }
}
