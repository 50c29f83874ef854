using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobSentinel.Core.Health;

/// <summary>
/// The resume engine: the skills taxonomy is loaded and a built-in sample resume parses and scores against a
/// sample job as expected (checked once, then remembered); degraded when that fails or the evaluation queue
/// is over <see cref="MaxQueue"/>. Cached for two seconds: /health may be polled a thousand times a second
/// (two callers racing both count, which is harmless).
/// </summary>
public sealed class ModelsHealthCheck(
    IServiceProvider services, IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider) : IHealthCheck
{
    public const int MaxQueue = 500;

    private const string SampleResume = """
        Jane Example
        jane@example.com | +1 555 010 2000
        Experience
        Software Engineer, Example Corp
        Jan 2020 – Dec 2023
        • Built Python services on PostgreSQL
        Education
        B.S. Computer Science
        """;

    private const string SampleJob = "Requirements: Python and PostgreSQL.";

    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(2);
    private readonly Lazy<Task<string?>> _selfCheck = new(() => SelfCheckAsync(services));
    private (DateTimeOffset At, HealthCheckResult Result)? _cached;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_cached is { } hit && timeProvider.GetUtcNow() - hit.At < CacheFor)
        {
            return hit.Result;
        }

        var result = await EvaluateAsync(context.Registration.FailureStatus, cancellationToken);
        _cached = (timeProvider.GetUtcNow(), result);
        return result;
    }

    private async Task<HealthCheckResult> EvaluateAsync(HealthStatus failureStatus, CancellationToken cancellationToken)
    {
        var problem = await _selfCheck.Value;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var queued = await db.Evaluations.CountAsync(e => e.Status == EvaluationStatus.Queued, cancellationToken);
        var processing = await db.Evaluations.CountAsync(e => e.Status == EvaluationStatus.Processing, cancellationToken);
        Dictionary<string, object> data = new()
        {
            ["skills"] = problem is null ? SkillTaxonomy.LoadDefault().Count : 0,
            ["evaluationsQueued"] = queued,
            ["evaluationsProcessing"] = processing,
        };
        if (problem is not null)
        {
            return new HealthCheckResult(failureStatus, problem, data: data);
        }

        return queued > MaxQueue
            ? new HealthCheckResult(failureStatus, $"{queued} evaluations are waiting (more than {MaxQueue}).", data: data)
            : HealthCheckResult.Healthy($"Resume engine ready; {data["skills"]} skills in the taxonomy.", data);
    }

    private static async Task<string?> SelfCheckAsync(IServiceProvider services)
    {
        try
        {
            var parser = (ResumeParser)services.GetService(typeof(ResumeParser))!;
            var engine = (RelevanceEngine)services.GetService(typeof(RelevanceEngine))!;
            var resume = parser.Parse(SampleResume);
            var result = await engine.EvaluateAsync(resume, SampleJob, "Sample", CancellationToken.None);
            return result.HardMatch.MatchedSkills.Count == 2
                ? null
                : $"The resume engine's self-check found {result.HardMatch.MatchedSkills.Count} of 2 sample skills.";
        }
        catch (Exception ex)
        {
            return $"The resume engine failed to start: {ex.Message}";
        }
    }
}
