using JobSentinel.Core.Configuration;
using JobSentinel.Core.Sources.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Core.Health;

public static class HealthProbeRegistration
{
    /// <summary>The background PDF probe, the LLM options and HttpClient, and the checks that keep state between calls.</summary>
    public static IServiceCollection AddHealthProbes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<LlmOptions, LlmOptionsValidator>(configuration, LlmOptions.SectionName);
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddSingleton<PdfServiceProbe>();
        services.AddHostedService(provider => provider.GetRequiredService<PdfServiceProbe>());
        services.AddSingleton<PdfServiceHealthCheck>();
        services.AddSingleton<LlmHealthCheck>();
        services.AddHttpClient(LlmHealthCheck.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                var handler = SafeHttpHandler.Create();
                handler.AllowAutoRedirect = false;
                return handler;
            })

            // The provider's key travels in a header; keep the client's request logging out of it altogether.
            .RemoveAllLoggers();
        return services;
    }
}
