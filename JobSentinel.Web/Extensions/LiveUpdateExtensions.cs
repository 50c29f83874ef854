using JobSentinel.Core.Live;
using JobSentinel.Web.Live;

namespace JobSentinel.Web.Extensions;

public static class LiveUpdateExtensions
{
    public static void AddLiveUpdates(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveEventNotifier>();
        builder.Services.AddSingleton<ILiveEventPublisher>(provider => provider.GetRequiredService<LiveEventNotifier>());
        builder.Services.AddSignalR().AddJsonProtocol(options => JobSentinelBuilderExtensions.ConfigureJson(options.PayloadSerializerOptions));
        builder.Services.AddHostedService<HubEventForwarder>();
    }

    public static void MapLiveUpdates(this WebApplication app) => app.MapHub<EventsHub>(EventsHub.Path);
}
