using Hangfire;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Security;
using JobSentinel.Web.BackgroundJobs;

namespace JobSentinel.Web.Hosting;

/// <summary>
/// Runs before the server listens and before Hangfire starts: data directory, instance lock,
/// migrations, the admin account, the bootstrap key, re-queuing unfinished work and the sources' schedules.
/// </summary>
public sealed partial class StartupTasks(
    DatabaseInitializer database,
    AdminAccountService accounts,
    StoredWorkRecovery recovery,
    IRecurringJobManager recurringJobs,
    Microsoft.Extensions.Options.IOptions<Core.Configuration.BackupsOptions> backups,
    Microsoft.Extensions.Options.IOptions<Core.Configuration.ArchiveOptions> archive,
    Microsoft.Extensions.Options.IOptions<Core.Configuration.MaintenanceOptions> maintenance,
    ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.InitializeAsync("server", cancellationToken);
        var generatedPassword = await accounts.EnsureAdminAsync(cancellationToken);
        if (generatedPassword is not null)
        {
            ShowInitialPassword(generatedPassword);
        }

        // Scores fade with a posting's age: refreshed at start (the app may have been off) and daily.
        await recovery.RunAsync("startup", cancellationToken);
        recurringJobs.AddOrUpdate<DailyRescoreJob>(DailyRescoreJob.Id, job => job.Run(), DailyRescoreJob.Schedule);
        recurringJobs.AddOrUpdate<ResumeHousekeepingJob>(
            ResumeHousekeepingJob.StuckId, job => job.ResetStuckAsync(CancellationToken.None), ResumeHousekeepingJob.StuckSchedule);
        recurringJobs.AddOrUpdate<ResumeHousekeepingJob>(
            ResumeHousekeepingJob.CleanupId, job => job.CleanUploadsAsync(CancellationToken.None), ResumeHousekeepingJob.CleanupSchedule);
        if (string.IsNullOrWhiteSpace(backups.Value.Schedule))
        {
            recurringJobs.RemoveIfExists(ScheduledBackupJob.Id);
        }
        else
        {
            recurringJobs.AddOrUpdate<ScheduledBackupJob>(ScheduledBackupJob.Id, job => job.RunAsync(CancellationToken.None), backups.Value.Schedule.Trim());
        }

        recurringJobs.AddOrUpdate<ScheduledBackupJob>(
            ScheduledBackupJob.VerifyId, job => job.VerifyNewestAsync(CancellationToken.None), ScheduledBackupJob.VerifySchedule);
        LifecycleHousekeepingJob.Register(recurringJobs, archive.Value, maintenance.Value);
        PipelineHousekeepingJob.Register(recurringJobs);
        LogReady(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Straight to the console, never to the log: log files must not hold a password.
    private static void ShowInitialPassword(string password)
    {
        var line = new string('=', 72);
        Console.Out.WriteLine(
            $"""
            {line}
             JobSentinel first run: an admin account was created.
               user name: {AdminAccountService.AdminUserName}
               password:  {password}
             You must change this password when you first sign in. It is shown only once.
            {line}
            """);
        Console.Out.Flush();
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Data directory, database and accounts are ready")]
    private static partial void LogReady(ILogger logger);
}
