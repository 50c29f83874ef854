using JobSentinel.Core.Sources.Fetching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobSentinel.Core.Alerts;

public static class AlertSenderRegistration
{
    /// <summary>
    /// Every <see cref="IAlertSender"/> as a singleton, and the "alerts" HttpClient they post through:
    /// 10 s timeout, no retries (the alert outbox retries with backoff), no redirects, and the
    /// link-local/metadata check after DNS resolution.
    /// </summary>
    public static IServiceCollection AddAlertSenders(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(AlertHttp.ClientName, client =>
            {
                client.Timeout = AlertHttp.Timeout;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", AlertHttp.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                var handler = SafeHttpHandler.Create();

                // A webhook that redirects is misconfigured, and a redirected POST would turn into a GET.
                handler.AllowAutoRedirect = false;
                return handler;
            })
            // The singleton senders hold their client for good; the handler's PooledConnectionLifetime renews DNS.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)

            // Webhook URLs are secrets (the token is in the path): HttpClient's request logging would print them.
            .RemoveAllLoggers();

        services.AddSingleton<IAlertSender>(provider => new SlackSender(Client(provider), Clock(provider)));
        services.AddSingleton<IAlertSender>(provider => new WebhookSender(Client(provider), Clock(provider)));
        services.AddSingleton<IAlertSender>(provider => new DiscordSender(Client(provider), Clock(provider)));
        services.AddSingleton<IAlertSender>(provider => new TeamsSender(Client(provider), Clock(provider)));
        services.AddSingleton<IAlertSender, EmailSender>();
        return services;
    }

    private static HttpClient Client(IServiceProvider provider) =>
        provider.GetRequiredService<IHttpClientFactory>().CreateClient(AlertHttp.ClientName);

    private static TimeProvider Clock(IServiceProvider provider) => provider.GetRequiredService<TimeProvider>();
}
