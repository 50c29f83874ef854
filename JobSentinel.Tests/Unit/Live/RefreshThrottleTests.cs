using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Live;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Unit.Live;

public sealed class RefreshThrottleTests
{
    [Fact]
    public async Task Request_BurstOfEvents_RunsOnceAtOnceThenOnceAtTheEndOfTheInterval()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var runs = 0;
        using var throttle = new RefreshThrottle(() => { Interlocked.Increment(ref runs); return Task.CompletedTask; }, TimeSpan.FromSeconds(3), time);

        throttle.Request();
        await Eventually.AssertAsync(() => Assert.Equal(1, Volatile.Read(ref runs)));
        throttle.Request();
        throttle.Request();
        throttle.Request();
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, Volatile.Read(ref runs));

        time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.AssertAsync(() => Assert.Equal(2, Volatile.Read(ref runs)));
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, Volatile.Read(ref runs));
    }

    [Fact]
    public void Request_AfterDispose_DoesNothing()
    {
        var runs = 0;
        var throttle = new RefreshThrottle(() => { runs++; return Task.CompletedTask; }, TimeSpan.FromSeconds(3), new FakeTimeProvider());
        throttle.Dispose();

        throttle.Request();

        Assert.Equal(0, runs);
    }
}
