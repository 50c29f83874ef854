using Hangfire;
using JobSentinel.Core.Sources;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>One Hangfire recurring job per enabled source, on the source's cron schedule (UTC).</summary>
public sealed class HangfireSourceScheduler(IRecurringJobManager recurringJobs) : ISourceScheduler
{
    public static string JobId(int sourceId) => $"source-{sourceId}";

    public void Schedule(Source source)
    {
        if (!source.Enabled || source.Type == SourceType.Manual)
        {
            Unschedule(source.Id);
            return;
        }

        recurringJobs.AddOrUpdate<ScheduledScrapeJob>(
            JobId(source.Id),
            job => job.RunAsync(source.Id, CancellationToken.None),
            source.Schedule,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
    }

    public void Unschedule(int sourceId) => recurringJobs.RemoveIfExists(JobId(sourceId));
}
