using System.Text.Json;
using JobSentinel.Core.Sources;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobSentinel.Core.Health;

/// <summary>
/// Degraded when an enabled source's circuit is open or its 24-hour success rate is below 95 %.
/// No sources configured is healthy. Cached until a source or a run changes (or a few seconds pass):
/// /health may be polled a thousand times a second.
/// </summary>
public sealed class SourcesHealthCheck(SourceService sources, SourceChangeCounter changes, TimeProvider timeProvider) : IHealthCheck
{
    public const double SuccessObjective = 0.95;
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset At, long Version, HealthCheckResult Result)? _cached;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        var version = changes.Version;
        if (_cached is { } hit && now - hit.At < CacheFor && hit.Version == version)
        {
            return hit.Result;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } fresh && now - fresh.At < CacheFor && fresh.Version == version)
            {
                return fresh.Result;
            }

            var result = Evaluate(await sources.ListAsync(cancellationToken), context.Registration.FailureStatus);
            _cached = (now, version, result);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static HealthCheckResult Evaluate(IReadOnlyList<SourceView> all, HealthStatus failureStatus)
    {
        var enabled = all.Where(s => s.Enabled).ToList();
        var data = enabled.ToDictionary(s => s.Name, s => (object)new
        {
            circuitState = JsonNamingPolicy.CamelCase.ConvertName(s.CircuitState.ToString()),
            successRate24h = s.SuccessRate24h,
            lastRun = s.LastRun is { } run ? JsonNamingPolicy.CamelCase.ConvertName(run.Status.ToString()) : null,
        });
        if (enabled.Count == 0)
        {
            return HealthCheckResult.Healthy("No sources are configured yet.", data);
        }

        var open = enabled.Where(s => s.CircuitState == CircuitState.Open).Select(s => s.Name).ToList();
        var failing = enabled.Where(s => s.SuccessRate24h < SuccessObjective).Select(s => s.Name).ToList();
        if (open.Count > 0)
        {
            return new HealthCheckResult(failureStatus, $"Open circuit: {string.Join(", ", open)}.", data: data);
        }

        return failing.Count > 0
            ? new HealthCheckResult(failureStatus, $"Below {SuccessObjective:P0} successful runs in 24 h: {string.Join(", ", failing)}.", data: data)
            : HealthCheckResult.Healthy($"{enabled.Count} source(s) running normally.", data);
    }
}
