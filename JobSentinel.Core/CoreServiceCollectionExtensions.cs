using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Generation;
using JobSentinel.Core.Live;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Security;
using JobSentinel.Core.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Options, data access and the domain services shared by the server and the CLI.</summary>
    public static IServiceCollection AddJobSentinelCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<JobSentinelOptions, JobSentinelOptionsValidator>(configuration, JobSentinelOptions.SectionName);
        services.AddValidatedOptions<SecurityOptions, SecurityOptionsValidator>(configuration, SecurityOptions.SectionName);
        services.AddValidatedOptions<HealthOptions, HealthOptionsValidator>(configuration, HealthOptions.SectionName);
        services.AddValidatedOptions<LoggingOptions, LoggingOptionsValidator>(configuration, LoggingOptions.SectionName);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILiveEventPublisher, NoListenersPublisher>();
        services.TryAddSingleton<IWorkDispatcher, DeferredWorkDispatcher>();
        services.AddSingleton<DataPaths>();
        services.AddSingleton<InstanceLock>();
        services.AddSingleton<MaintenanceMode>();
        services.AddSingleton<JobSentinelMetrics>();
        services.AddDbContextFactory<JobSentinelDbContext>((provider, options) => options
            // EF Core 10 would send `ids.Contains(x)` as one SQL parameter per id and compile a query per list size:
            // 2 s for the 20,000 ids of a big run. One JSON parameter (read with json_each) costs the same at any size.
            .UseSqlite(SqliteConnectionStrings.ReadWrite(provider.GetRequiredService<DataPaths>().Database),
                sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(new SqlitePragmaInterceptor())
            // The shipped migrations were reviewed and are tested on real databases: EF's notes about their table
            // rebuilds and PRAGMA steps are for whoever writes a migration, not warnings for the operator's log.
            .ConfigureWarnings(warnings => warnings.Log(
                (SqliteEventId.TableRebuildPendingWarning, LogLevel.Debug),
                (RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug))));

        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<WalCheckpointer>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AdminAccountService>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<RevokeEverything>();
        services.AddSingleton<Diagnostics.Logs.LogErrorReader>();
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<Features.FeatureFlags>();
        services.AddSingleton<Pipeline.DocumentPdfRenderer>();
        services.AddTextGeneration(configuration);
        services.AddSingleton<WorkQueue>();
        services.AddTransient<WorkItemRunner>();
        services.AddJobDiscovery(configuration);
        services.AddMatchingAndAlerts(configuration);
        services.AddResumeAnalysis(configuration);
        services.AddApplicationPipeline(configuration);
        services.AddOperationalMetrics();
        services.AddValidatedOptions<BackupsOptions, BackupsOptionsValidator>(configuration, BackupsOptions.SectionName);
        services.AddSingleton<Backups.BackupService>();
        services.AddSingleton<Backups.BackupRestorer>();
        services.AddSingleton<DatabaseMaintenance>();
        services.AddDataLifecycle(configuration);
        services.AddSingleton<Dashboards.BusinessQueries>();
        services.AddDocumentsAndAchievements();
        Contacts.ContactsServiceCollectionExtensions.AddContacts(services);
        services.AddSingleton<Applications.ApplicationService>();
        return services;
    }

    internal static void AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }
}
