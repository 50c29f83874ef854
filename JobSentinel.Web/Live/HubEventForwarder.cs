using JobSentinel.Core.Live;
using Microsoft.AspNetCore.SignalR;

namespace JobSentinel.Web.Live;

/// <summary>Forwards every live event from the notifier to the clients of <see cref="EventsHub"/>.</summary>
public sealed class HubEventForwarder(LiveEventNotifier notifier, IHubContext<EventsHub> hub) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = notifier.Subscribe<LiveEvent>(e => hub.Clients.All.SendAsync(e.Type, e, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
