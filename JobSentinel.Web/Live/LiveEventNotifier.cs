using JobSentinel.Core.Live;

namespace JobSentinel.Web.Live;

/// <summary>
/// The in-process fan-out of <see cref="LiveEvent"/>s. Blazor components subscribe (and dispose the
/// subscription); publishers never wait for subscribers, so a slow page cannot slow down ingest.
/// </summary>
public sealed partial class LiveEventNotifier(TimeProvider timeProvider, ILogger<LiveEventNotifier> logger) : ILiveEventPublisher
{
    private readonly Lock _gate = new();
    private Subscription[] _subscriptions = [];

    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler)
        where TEvent : LiveEvent
    {
        var subscription = new Subscription(this, typeof(TEvent), e => handler((TEvent)e));
        lock (_gate)
        {
            _subscriptions = [.. _subscriptions, subscription];
        }

        return subscription;
    }

    public int SubscriberCount => Volatile.Read(ref _subscriptions).Length;

    public void Publish(LiveEvent liveEvent)
    {
        if (liveEvent.At == default)
        {
            liveEvent = liveEvent with { At = timeProvider.GetUtcNow().UtcDateTime };
        }

        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            if (subscription.EventType.IsInstanceOfType(liveEvent))
            {
                _ = DeliverAsync(subscription, liveEvent);
            }
        }
    }

    private async Task DeliverAsync(Subscription subscription, LiveEvent liveEvent)
    {
        try
        {
            await subscription.Handler(liveEvent);
        }
        catch (Exception ex)
        {
            // A closed browser tab must not break the publisher or the other subscribers.
            LogDeliveryFailed(logger, ex, liveEvent.Type);
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions = [.. _subscriptions.Where(s => s != subscription)];
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "A subscriber failed to handle a {EventType} event")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string eventType);

    private sealed class Subscription(LiveEventNotifier owner, Type eventType, Func<LiveEvent, Task> handler) : IDisposable
    {
        public Type EventType { get; } = eventType;

        public Func<LiveEvent, Task> Handler { get; } = handler;

        public void Dispose() => owner.Remove(this);
    }
}
