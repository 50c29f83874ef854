using Hangfire.Common;
using Hangfire.Server;
using JobSentinel.Core.Operations;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>
/// The one place every Hangfire job starts (work items, scheduled scrapes, backups, housekeeping, rescoring): while
/// maintenance mode is on a job is skipped without running (a work item stays queued in our table and is dispatched
/// again when maintenance mode ends; a recurring job waits for its next occurrence), and a job that runs is counted
/// so that a restore can wait for it to finish.
/// </summary>
public sealed partial class MaintenanceJobFilter(MaintenanceMode maintenance, ILogger<MaintenanceJobFilter> logger) : IServerFilter
{
    private const string WorkKey = "JobSentinel.MaintenanceWork";

    public void OnPerforming(PerformingContext context)
    {
        if (maintenance.TryBeginWork() is { } work)
        {
            context.Items[WorkKey] = work;
            return;
        }

        context.Canceled = true;
        LogSkipped(logger, context.BackgroundJob.Id, context.BackgroundJob.Job?.Method.Name ?? "?");
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.Remove(WorkKey, out var work))
        {
            ((IDisposable)work).Dispose();
        }
    }

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Background job {JobId} ({Method}) skipped: maintenance mode is on")]
    private static partial void LogSkipped(ILogger logger, string jobId, string method);

    /// <summary>Hangfire's filters plus this one, for this app's server only (not the process-wide global filters).</summary>
    public sealed class Provider(IJobFilterProvider inner, MaintenanceJobFilter filter) : IJobFilterProvider
    {
        public IEnumerable<JobFilter> GetFilters(Job job) => inner.GetFilters(job).Append(new JobFilter(filter, JobFilterScope.Global, null));
    }
}
