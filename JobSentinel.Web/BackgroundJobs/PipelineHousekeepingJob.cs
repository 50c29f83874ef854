using Hangfire;
using JobSentinel.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>Every 5 minutes: pipeline runs stuck in processing are failed with the reason, and waiting runs get a free slot.</summary>
public sealed class PipelineHousekeepingJob(PipelineService runs, IOptionsMonitor<PipelineOptions> options)
{
    public const string Id = "pipeline-runs-reset-stuck";
    public const string Schedule = "*/5 * * * *";

    public static void Register(IRecurringJobManager recurringJobs) =>
        recurringJobs.AddOrUpdate<PipelineHousekeepingJob>(Id, job => job.RunAsync(CancellationToken.None), Schedule);

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Fail pipeline runs stuck in processing")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await runs.ResetStuckAsync(TimeSpan.FromMinutes(options.CurrentValue.StuckAfterMinutes), cancellationToken);
        await runs.DispatchWaitingAsync(cancellationToken);
    }
}
