using Hangfire;
using JobSentinel.Core.BackgroundWork;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>The Hangfire job that runs one outbox item; outcomes and retries are kept in our own table.</summary>
public sealed class WorkItemJob(WorkItemRunner runner)
{
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [JobDisplayName("Work item {0}")]
    public Task RunAsync(long workItemId, CancellationToken cancellationToken) => runner.RunAsync(workItemId, cancellationToken);
}
