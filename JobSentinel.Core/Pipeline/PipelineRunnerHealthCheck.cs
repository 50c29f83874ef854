using JobSentinel.Core.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobSentinel.Core.Pipeline;

/// <summary>
/// The pipeline runner (runbook 004): active runs, capacity and capacity %; degraded when every slot is taken while
/// runs wait in the queue.
/// </summary>
public sealed class PipelineRunnerHealthCheck(PipelineCapacity capacity, PipelineService runs, FeatureFlags flags) : IHealthCheck
{
    public const string Name = "runner";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var queued = await runs.CountAsync(PipelineRunStatus.Queued, cancellationToken);
        var paused = await flags.IsPausedAsync(KillSwitches.Pipeline, cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["active_runs"] = capacity.Active,
            ["capacity"] = capacity.Max,
            ["capacity_percent"] = capacity.Percent,
            ["queued_runs"] = queued,
            ["paused"] = paused,
        };
        if (capacity.Active >= capacity.Max && queued > 0)
        {
            return new HealthCheckResult(context.Registration.FailureStatus,
                $"At capacity: {capacity.Active} of {capacity.Max} runs active and {queued} waiting.", data: data);
        }

        return HealthCheckResult.Healthy(
            paused ? $"Paused by the pipeline kill switch; {queued} run(s) waiting." : $"{capacity.Active} of {capacity.Max} runs active, {queued} queued.", data);
    }
}
