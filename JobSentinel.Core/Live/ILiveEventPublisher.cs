namespace JobSentinel.Core.Live;

/// <summary>Publishes <see cref="LiveEvent"/>s to whoever listens (open pages, hub clients). Never blocks.</summary>
public interface ILiveEventPublisher
{
    void Publish(LiveEvent liveEvent);
}

/// <summary>The publisher of processes that have no listeners (CLI commands).</summary>
public sealed class NoListenersPublisher : ILiveEventPublisher
{
    public void Publish(LiveEvent liveEvent)
    {
    }
}
