using JobSentinel.Core.Alerts;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Profiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Core;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>Search profiles and scoring, alert channels, the alert outbox and its senders.</summary>
    public static IServiceCollection AddMatchingAndAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AlertsOptions, AlertsOptionsValidator>(configuration, AlertsOptions.SectionName);
        services.AddSingleton<MatchScorer>();
        services.AddSingleton<RescoreWorker>();
        services.AddSingleton<ProfileService>();
        services.AddSingleton<MatchPipeline>();
        services.AddSingleton<AlertSignal>();
        services.AddSingleton<AlertPlanner>();
        services.AddSingleton<AlertChannelService>();
        services.AddSingleton<AlertOutbox>();
        services.AddSingleton<AlertDispatcher>();
        services.AddAlertSenders();
        return services;
    }
}
