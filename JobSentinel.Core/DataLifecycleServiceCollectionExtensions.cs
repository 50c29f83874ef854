using JobSentinel.Core.Configuration;
using JobSentinel.Core.DataTransfer;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Core;

public static class DataLifecycleServiceCollectionExtensions
{
    /// <summary>Export/import of the user's data, archiving, reset of stuck runs and the maintenance window's options.</summary>
    public static IServiceCollection AddDataLifecycle(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ArchiveOptions, ArchiveOptionsValidator>(configuration, ArchiveOptions.SectionName);
        services.AddValidatedOptions<MaintenanceOptions, MaintenanceOptionsValidator>(configuration, MaintenanceOptions.SectionName);
        services.AddSingleton<DataExporter>();
        services.AddSingleton<DataImporter>();
        services.AddSingleton<ArchiveService>();
        services.AddSingleton<StuckRunReset>();
        return services;
    }
}
