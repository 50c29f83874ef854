using JobSentinel.Core.Configuration;
using JobSentinel.Core.Sources.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Core.Generation;

public static class GenerationServiceCollectionExtensions
{
    /// <summary>The LLM gateway: options, the settings kept in the app, breakers, usage and the provider HttpClient.</summary>
    public static IServiceCollection AddTextGeneration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<LlmOptions, LlmOptionsValidator>(configuration, LlmOptions.SectionName);
        services.AddSingleton<LlmCircuitBreakers>();
        services.AddSingleton<LlmSettingsService>();
        services.AddSingleton<LlmUsage>();
        services.AddSingleton<LlmTextGenerator>();
        services.AddSingleton<ITextGenerator>(provider => provider.GetRequiredService<LlmTextGenerator>());
        services.AddHttpClient(LlmTextGenerator.HttpClientName)
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
