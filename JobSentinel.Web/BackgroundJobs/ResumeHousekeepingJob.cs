using Hangfire;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Resumes;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>Recurring upkeep of resume work: evaluations stuck in processing go back to the queue; old uploads are removed.</summary>
public sealed class ResumeHousekeepingJob(EvaluationService evaluations, UploadCleanup uploads, IOptionsMonitor<EvaluationsOptions> options)
{
    public const string StuckId = "evaluations-reset-stuck";
    public const string StuckSchedule = "* * * * *";
    public const string CleanupId = "uploads-cleanup";
    public const string CleanupSchedule = "40 3 * * *";

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Reset evaluations stuck in processing")]
    public Task ResetStuckAsync(CancellationToken cancellationToken) =>
        evaluations.ResetStuckAsync(TimeSpan.FromMinutes(options.CurrentValue.StuckAfterMinutes), cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Delete expired and orphaned uploads")]
    public Task CleanUploadsAsync(CancellationToken cancellationToken) => uploads.RunAsync(cancellationToken);
}
