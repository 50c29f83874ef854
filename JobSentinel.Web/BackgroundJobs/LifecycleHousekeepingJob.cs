using Hangfire;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>
/// Data-lifecycle upkeep: the daily archive and the weekly database maintenance wait for the maintenance window
/// (<c>JobSentinel:Maintenance:Window</c>) when one is set; scrape runs left running by a crash are failed every few minutes.
/// </summary>
public sealed partial class LifecycleHousekeepingJob(
    ArchiveService archive,
    DatabaseMaintenance database,
    StuckRunReset stuckRuns,
    IBackgroundJobClient jobs,
    IOptionsMonitor<ArchiveOptions> archiveOptions,
    IOptionsMonitor<MaintenanceOptions> maintenanceOptions,
    IOptionsMonitor<ScrapingOptions> scrapingOptions,
    TimeProvider timeProvider,
    ILogger<LifecycleHousekeepingJob> logger)
{
    public const string ArchiveId = "postings-archive";
    public const string DatabaseId = "database-maintenance";
    public const string StuckRunsId = "scrape-runs-reset-stuck";
    public const string StuckRunsSchedule = "*/5 * * * *";

    /// <summary>The least a run is given before it counts as stuck: longer than any run may last.</summary>
    public const int StuckRunMinutes = 30;

    /// <summary>Registers (or removes) the recurring jobs from the options; called at startup.</summary>
    public static void Register(IRecurringJobManager recurringJobs, ArchiveOptions archive, MaintenanceOptions maintenance)
    {
        if (archive.OlderThanDays > 0)
        {
            recurringJobs.AddOrUpdate<LifecycleHousekeepingJob>(ArchiveId, job => job.ArchiveAsync(CancellationToken.None), archive.Schedule.Trim());
        }
        else
        {
            recurringJobs.RemoveIfExists(ArchiveId);
        }

        if (string.IsNullOrWhiteSpace(maintenance.DatabaseSchedule))
        {
            recurringJobs.RemoveIfExists(DatabaseId);
        }
        else
        {
            recurringJobs.AddOrUpdate<LifecycleHousekeepingJob>(DatabaseId, job => job.MaintainDatabaseAsync(CancellationToken.None), maintenance.DatabaseSchedule.Trim());
        }

        recurringJobs.AddOrUpdate<LifecycleHousekeepingJob>(StuckRunsId, job => job.ResetStuckRunsAsync(CancellationToken.None), StuckRunsSchedule);
    }

    /// <summary>The configured window, or null when housekeeping may run at any time.</summary>
    public static MaintenanceWindow? WindowOf(MaintenanceOptions options) =>
        string.IsNullOrWhiteSpace(options.Window)
            ? null
            : MaintenanceWindow.Parse(options.Window, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone)).Window;

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Archive postings not seen for a while")]
    public async Task ArchiveAsync(CancellationToken cancellationToken)
    {
        var days = archiveOptions.CurrentValue.OlderThanDays;
        if (days == 0 || Deferred(job => job.ArchiveAsync(CancellationToken.None)))
        {
            return;
        }

        var archived = await archive.ArchiveAsync(days, cancellationToken);
        LogArchived(logger, archived, days);
    }

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Database integrity check, ANALYZE and VACUUM")]
    public async Task MaintainDatabaseAsync(CancellationToken cancellationToken)
    {
        if (Deferred(job => job.MaintainDatabaseAsync(CancellationToken.None)))
        {
            return;
        }

        var report = await database.RunAsync(cancellationToken);
        LogMaintained(logger, report.Integrity, report.SizeBefore / 1024, report.SizeAfter / 1024);
    }

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Fail scrape runs stuck in running")]
    public async Task ResetStuckRunsAsync(CancellationToken cancellationToken)
    {
        var minutes = Math.Max(StuckRunMinutes, scrapingOptions.CurrentValue.RunTimeoutMinutes * 2);
        foreach (var run in await stuckRuns.ResetAsync(TimeSpan.FromMinutes(minutes), cancellationToken))
        {
            LogRunReset(logger, run.Id, run.Source, run.Minutes);
        }
    }

    // Outside the window: run again at its next start instead.
    private bool Deferred(System.Linq.Expressions.Expression<Func<LifecycleHousekeepingJob, Task>> again)
    {
        if (WindowOf(maintenanceOptions.CurrentValue) is not { } window)
        {
            return false;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (window.Contains(now))
        {
            return false;
        }

        var next = window.NextStart(now);
        jobs.Schedule(again, new DateTimeOffset(next, TimeSpan.Zero));
        LogDeferred(logger, window.Text, next);
        return true;
    }

    [LoggerMessage(EventId = 4700, Level = LogLevel.Information, Message = "Archived {Count} posting(s) not seen for more than {Days} days")]
    private static partial void LogArchived(ILogger logger, int count, int days);

    [LoggerMessage(EventId = 4701, Level = LogLevel.Information, Message = "Database maintenance: integrity {Integrity}, {BeforeKb} KB -> {AfterKb} KB")]
    private static partial void LogMaintained(ILogger logger, string integrity, long beforeKb, long afterKb);

    [LoggerMessage(EventId = 4702, Level = LogLevel.Warning, Message = "Scrape run {RunId} of {Source} was stuck in running for {Minutes} min: marked failed")]
    private static partial void LogRunReset(ILogger logger, long runId, string source, int minutes);

    [LoggerMessage(EventId = 4703, Level = LogLevel.Information, Message = "Housekeeping deferred to the maintenance window {Window}: next start {NextStart:u}")]
    private static partial void LogDeferred(ILogger logger, string window, DateTime nextStart);

    /// <summary>The services the jobs need, in one line of the host's registration.</summary>
    public static void AddTo(IServiceCollection services) => services.AddTransient<LifecycleHousekeepingJob>();
}
