using Hangfire;
using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Sources;
using JobSentinel.Web.BackgroundJobs;
using JobSentinel.Web.Security;

namespace JobSentinel.Web.Extensions;

public static class BackgroundWorkExtensions
{
    public static void AddBackgroundWork(this WebApplicationBuilder builder)
    {
        // In-memory storage: work that must survive a restart is recorded in our own tables first (WorkQueue).
        builder.Services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage());
        builder.Services.AddSingleton<MaintenanceJobFilter>();
        builder.Services.AddHangfireServer((provider, options) =>
        {
            options.FilterProvider = new MaintenanceJobFilter.Provider(Hangfire.Common.JobFilterProviders.Providers, provider.GetRequiredService<MaintenanceJobFilter>());
            options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            options.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2);
            options.ShutdownTimeout = TimeSpan.FromSeconds(15);
        });
        builder.Services.AddSingleton<IWorkDispatcher, HangfireWorkDispatcher>();
        builder.Services.AddSingleton<Core.Diagnostics.IBackgroundQueueStats, HangfireQueueStats>();
        builder.Services.AddTransient<WorkItemJob>();
        builder.Services.AddSingleton<ISourceScheduler, HangfireSourceScheduler>();
        builder.Services.AddTransient<ScheduledScrapeJob>();
        builder.Services.AddTransient<DailyRescoreJob>();
        builder.Services.AddTransient<ResumeHousekeepingJob>();
        builder.Services.AddTransient<ScheduledBackupJob>();
        builder.Services.AddSingleton<SourceScheduleSync>();
        builder.Services.AddSingleton<Hosting.MaintenanceControl>();
        LifecycleHousekeepingJob.AddTo(builder.Services);
    }

    public static void MapBackgroundWorkDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new HangfireDashboardAuthorization()],
            DashboardTitle = "JobSentinel background work",
            AppPath = "/operations",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(AuthSchemes.AdminPolicy);
}
