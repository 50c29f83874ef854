using Hangfire;
using JobSentinel.Core.BackgroundWork;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>Hands recorded work items to Hangfire.</summary>
public sealed class HangfireWorkDispatcher(IBackgroundJobClient jobs) : IWorkDispatcher
{
    // Hangfire replaces the token with its own shutdown token when the job runs.
    public void Dispatch(long workItemId) =>
        jobs.Enqueue<WorkItemJob>(job => job.RunAsync(workItemId, CancellationToken.None));
}
