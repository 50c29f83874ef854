using System.Text.Json;
using System.Text.Json.Serialization;
using JobSentinel.Core;
using JobSentinel.Core.Data;
using JobSentinel.Core.Security;
using JobSentinel.Web.Hosting;
using JobSentinel.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace JobSentinel.Web.Extensions;

public static class JobSentinelBuilderExtensions
{
    /// <summary>Registers everything the server needs, feature by feature.</summary>
    public static WebApplicationBuilder AddJobSentinel(this WebApplicationBuilder builder)
    {
        // Static web assets (MudBlazor's CSS/JS) are served from the build output in every environment.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddJobSentinelCore(builder.Configuration);
        builder.Services.AddSingleton<StoredWorkRecovery>();
        builder.Services.AddHostedService<StartupTasks>();
        // After the startup tasks (migrations): hosted services start in registration order.
        builder.Services.AddHostedService(provider => provider.GetRequiredService<Core.Profiles.RescoreWorker>());
        builder.Services.AddHostedService(provider => provider.GetRequiredService<Core.Alerts.AlertDispatcher>());
        builder.Services.AddHostedService(provider => provider.GetRequiredService<Core.Diagnostics.OpsRecorder>());

        builder.Services.AddJobSentinelDataProtection();

        builder.Services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));
        builder.AddReverseProxySupport();
        builder.AddObservability();
        builder.AddSecurity();
        builder.AddBackgroundWork();
        builder.AddLiveUpdates();
        builder.AddUserInterface();
        return builder;
    }

    /// <summary>Data-protection keys in the data directory (and so in backups), not in the user profile; secrets use them.</summary>
    public static IServiceCollection AddJobSentinelDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("JobSentinel");
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<DataPaths, ILoggerFactory>((options, paths, loggers) =>
                options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(paths.Keys), loggers));
        return services;
    }

    /// <summary>camelCase JSON with camelCase enum strings, as the SPEC requires everywhere.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}
