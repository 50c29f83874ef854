using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Unit.Diagnostics;

public sealed class OpsRecorderTests : IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 11, 20, 12, 0, 20, DateTimeKind.Utc);
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(Start));
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync() =>
        _services = await CoreServices.BuildInitializedAsync(_directory.Path, configure: s => s.AddSingleton<TimeProvider>(_time));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Flush_AfterRequests_StoresTheMinutesAggregate()
    {
        var recorder = _services.GetRequiredService<OpsRecorder>();
        var http = _services.GetRequiredService<HttpMinuteAggregator>();
        http.Record("/api/v1/jobs", 200, 100, "key:1");
        http.Record("/api/v1/jobs/7", 200, 700, "key:1");
        http.Record("/jobs", 500, 20, "user:admin");
        http.Record("/missing", 404, 4, null);
        _services.GetRequiredService<JobSentinelMetrics>().RateLimitRejections.WithLabels("api").Inc(3);

        await recorder.FlushAsync(OpsRecorder.MinuteOf(Start), TestContext.Current.CancellationToken);

        var sample = Assert.Single(await SamplesAsync());
        Assert.Equal(new DateTime(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc), sample.Minute);
        Assert.Equal(4, sample.Requests);
        Assert.Equal(1, sample.ServerErrors);
        Assert.Equal(1, sample.ClientErrors);
        Assert.Equal(824, sample.DurationMsSum);
        Assert.Equal(2, sample.ApiRequests);
        Assert.Equal(1, sample.ApiSlowRequests);
        Assert.Equal(3, sample.RateLimited);
        Assert.Equal(20, sample.P50Ms);
        Assert.Equal(700, sample.P99Ms);
        Assert.Equal("key:1,user:admin", sample.Users);
        Assert.True(sample.WorkingSetMb > 0);
    }

    [Fact]
    public async Task Flush_SameMinuteTwice_AddsToTheOneRow()
    {
        var recorder = _services.GetRequiredService<OpsRecorder>();
        var http = _services.GetRequiredService<HttpMinuteAggregator>();
        var minute = OpsRecorder.MinuteOf(Start);
        http.Record("/api/v1/jobs", 200, 10, "key:1");
        await recorder.FlushAsync(minute, TestContext.Current.CancellationToken);
        http.Record("/api/v1/jobs", 200, 30, "key:2");

        await recorder.FlushAsync(minute, TestContext.Current.CancellationToken);

        var sample = Assert.Single(await SamplesAsync());
        Assert.Equal(2, sample.Requests);
        Assert.Equal("key:1,key:2", sample.Users);
    }

    [Fact]
    public async Task Run_EachMinuteThatPasses_WritesOneRowAndTheStopWritesTheLastPartialMinute()
    {
        var recorder = _services.GetRequiredService<OpsRecorder>();
        await recorder.StartAsync(TestContext.Current.CancellationToken);

        for (var expected = 1; expected <= 3; expected++)
        {
            var count = expected;
            await Eventually.AssertAsync(async () =>
            {
                // Advancing before the recorder waits would be lost: nudge the clock until the row appears.
                if ((await SamplesAsync()).Count < count)
                {
                    _time.Advance(TimeSpan.FromSeconds(20));
                }

                Assert.Equal(count, (await SamplesAsync()).Count);
            });
        }

        await recorder.StopAsync(TestContext.Current.CancellationToken);

        var minutes = (await SamplesAsync()).Select(s => s.Minute).ToList();
        Assert.Equal(minutes.Distinct().Count(), minutes.Count);
        Assert.Equal(new DateTime(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc), minutes[0]);
        Assert.All(minutes.Zip(minutes.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(1), pair.Second - pair.First));
        Assert.Equal(OpsRecorder.MinuteOf(_time.GetUtcNow()), minutes[^1]);
    }

    [Fact]
    public async Task DeleteExpired_RemovesSamplesOlderThan35Days()
    {
        await using (var context = await ContextAsync())
        {
            OpsData.AddMinutes(context, Start.AddDays(-36), 3);
            OpsData.AddMinutes(context, Start.AddDays(-34), 2);
            await context.SaveChangesAsync();
        }

        var deleted = await _services.GetRequiredService<OpsRecorder>().DeleteExpiredAsync(TestContext.Current.CancellationToken);

        Assert.Equal(3, deleted);
        Assert.Equal(2, (await SamplesAsync()).Count);
    }

    private async Task<JobSentinelDbContext> ContextAsync() =>
        await _services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();

    private async Task<List<OpsSample>> SamplesAsync()
    {
        await using var context = await ContextAsync();
        return await context.OpsSamples.AsNoTracking().OrderBy(s => s.Minute).ToListAsync();
    }
}
