using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Core.Health;

public static class HealthProbeRegistration
{
    /// <summary>The background PDF probe and the checks that keep state between calls (the LLM options come with AddTextGeneration).</summary>
    public static IServiceCollection AddHealthProbes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddSingleton<PdfServiceProbe>();
        services.AddHostedService(provider => provider.GetRequiredService<PdfServiceProbe>());
        services.AddSingleton<PdfServiceHealthCheck>();
        services.AddSingleton<LlmHealthCheck>();
        return services;
    }
}
