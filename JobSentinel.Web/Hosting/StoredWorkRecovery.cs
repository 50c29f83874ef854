using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Security;
using JobSentinel.Web.BackgroundJobs;

namespace JobSentinel.Web.Hosting;

/// <summary>
/// What the app does with the data it finds, at start and after a restore: the key of automation, interrupted
/// evaluations and work back in the queue, the sources' schedules, and fresh scores (they fade with a posting's age).
/// </summary>
public sealed class StoredWorkRecovery(
    ApiKeyService apiKeys,
    WorkQueue workQueue,
    Core.Evaluations.EvaluationService evaluations,
    Core.Pipeline.PipelineService pipelineRuns,
    SourceScheduleSync schedules,
    Core.Profiles.RescoreWorker rescoring)
{
    public async Task RunAsync(string reason, CancellationToken cancellationToken)
    {
        await apiKeys.EnsureBootstrapKeyAsync(cancellationToken);
        await evaluations.ReturnInterruptedAsync(cancellationToken);
        await pipelineRuns.ReturnInterruptedAsync(cancellationToken);
        await workQueue.RequeueUnfinishedAsync(cancellationToken);
        await pipelineRuns.DispatchWaitingAsync(cancellationToken);
        await schedules.SyncAllAsync(cancellationToken);
        rescoring.Request(reason);
    }
}
