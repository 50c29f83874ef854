using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Core;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>Application pipeline runs: company research, tailoring, letters, PDF, the runner and its capacity.</summary>
    public static IServiceCollection AddApplicationPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<PipelineOptions, PipelineOptionsValidator>(configuration, PipelineOptions.SectionName);
        services.AddSingleton<PipelineCapacity>();
        services.AddSingleton<CompanyResearcher>();
        services.AddSingleton<CvTailor>();
        services.AddSingleton<LetterTemplates>();
        services.AddSingleton<ApplicationWriter>();
        services.AddSingleton<PipelineService>();
        services.AddSingleton<PipelineRunner>();
        services.AddTransient<IWorkItemHandler>(provider => provider.GetRequiredService<PipelineRunner>());
        services.AddSingleton<PipelineRunnerHealthCheck>();
        return services;
    }
}
