using JobSentinel.Core.Live;
using JobSentinel.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Unit.Live;

public sealed class LiveEventNotifierTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

    private LiveEventNotifier CreateNotifier() => new(_time, NullLogger<LiveEventNotifier>.Instance);

    [Fact]
    public async Task Publish_DeliversToSubscribersOfThatTypeWithTheTimeStamped()
    {
        var notifier = CreateNotifier();
        var received = new TaskCompletionSource<WorkItemChanged>();
        var wrongType = 0;
        using var subscription = notifier.Subscribe<WorkItemChanged>(e => { received.TrySetResult(e); return Task.CompletedTask; });
        using var other = notifier.Subscribe<HealthChanged>(_ => { wrongType++; return Task.CompletedTask; });

        notifier.Publish(new WorkItemChanged(5, "kind", "queued", null));

        var delivered = await received.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal(5, delivered.Id);
        Assert.Equal(_time.GetUtcNow().UtcDateTime, delivered.At);
        Assert.Equal(0, wrongType);
    }

    [Fact]
    public async Task Publish_BaseTypeSubscriber_ReceivesEveryEvent()
    {
        var notifier = CreateNotifier();
        var count = 0;
        var twoReceived = new TaskCompletionSource();
        using var subscription = notifier.Subscribe<LiveEvent>(_ =>
        {
            if (Interlocked.Increment(ref count) == 2)
            {
                twoReceived.TrySetResult();
            }

            return Task.CompletedTask;
        });

        notifier.Publish(new WorkItemChanged(1, "k", "queued", null));
        notifier.Publish(new HealthChanged("healthy", []));

        await twoReceived.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Dispose_StopsDelivery()
    {
        var notifier = CreateNotifier();
        var count = 0;
        var subscription = notifier.Subscribe<WorkItemChanged>(_ => { Interlocked.Increment(ref count); return Task.CompletedTask; });
        Assert.Equal(1, notifier.SubscriberCount);

        subscription.Dispose();
        notifier.Publish(new WorkItemChanged(1, "k", "queued", null));
        await Task.Delay(50, TestContext.Current.CancellationToken);

        Assert.Equal(0, count);
        Assert.Equal(0, notifier.SubscriberCount);
    }

    [Fact]
    public async Task Publish_FailingSubscriber_DoesNotAffectOthersOrThePublisher()
    {
        var notifier = CreateNotifier();
        var received = new TaskCompletionSource();
        using var broken = notifier.Subscribe<WorkItemChanged>(_ => throw new ObjectDisposedException("circuit"));
        using var healthy = notifier.Subscribe<WorkItemChanged>(_ => { received.TrySetResult(); return Task.CompletedTask; });

        notifier.Publish(new WorkItemChanged(1, "k", "queued", null));

        await received.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Publish_SlowSubscriber_DoesNotBlockThePublisher()
    {
        var notifier = CreateNotifier();
        var gate = new TaskCompletionSource();
        using var slow = notifier.Subscribe<WorkItemChanged>(_ => gate.Task);

        // Times out if Publish waited for the subscriber, which only finishes after the assertion.
        await Task.Run(() => notifier.Publish(new WorkItemChanged(1, "k", "queued", null)), TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.False(gate.Task.IsCompleted);
        gate.SetResult();
    }
}
