using JobSentinel.Core.Alerts;
using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Sources;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Diagnostics;

/// <summary>
/// The service-level objectives of SPEC §5, computed from stored events (scrape runs, resumes, alerts,
/// evaluations and the per-minute <see cref="OpsSample"/> heartbeat) so that downtime counts. Every objective
/// is a share of good events: a latency objective "p95 &lt; 5 s" is met when at least 95 % of the events took
/// less than 5 s. See <see cref="SloResult.From"/> for the budget and burn-rate formulas.
/// </summary>
public sealed class SloService(IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider)
{
    public const string ScrapeSuccess = "Scrape success";
    public const string AnalysisLatency = "Resume analysis p95 < 5 s";
    public const string AlertLatency = "Alert delivery p99 < 30 s";
    public const string Availability = "Availability";
    public const string ApiLatency = "API p95 < 500 ms";
    public const string EvaluationLatency = "Background evaluation < 2 min";

    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    // The current minute's sample is written when the minute ends; give the recorder a moment after that.
    private static readonly TimeSpan FlushGrace = TimeSpan.FromSeconds(10);

    public async Task<IReadOnlyList<SloResult>> GetAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var dayAgo = now - Day;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);

        var runs = await context.ScrapeRuns.AsNoTracking().CountedForSuccess()
            .Where(r => r.CreatedAt >= dayAgo)
            .GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Good = g.Count(r => r.Status == ScrapeRunStatus.Completed) })
            .SingleOrDefaultAsync(cancellationToken);

        var analyses = await context.Resumes.AsNoTracking()
            .Where(r => r.UploadedAt >= dayAgo && r.AnalysisMs != null)
            .GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Good = g.Count(r => r.AnalysisMs < 5_000) })
            .SingleOrDefaultAsync(cancellationToken);

        // Immediate alerts only: digests are held on purpose until their hour.
        var deliveries = await context.Alerts.AsNoTracking()
            .Where(a => a.Status == AlertStatus.Sent && a.Kind == AlertKind.Immediate && a.SentAt >= dayAgo)
            .Select(a => new { a.MatchedAt, a.SentAt })
            .ToListAsync(cancellationToken);
        var deliveredInTime = deliveries.Count(a => a.SentAt!.Value - a.MatchedAt < TimeSpan.FromSeconds(30));

        var evaluations = await context.Evaluations.AsNoTracking()
            .Where(e => (e.Status == EvaluationStatus.Completed || e.Status == EvaluationStatus.Failed) && e.FinishedAt >= dayAgo)
            .Select(e => new { e.Status, e.CreatedAt, e.FinishedAt })
            .ToListAsync(cancellationToken);
        var evaluatedInTime = evaluations.Count(e => e.Status == EvaluationStatus.Completed && e.FinishedAt!.Value - e.CreatedAt < TimeSpan.FromMinutes(2));

        var api = await context.OpsSamples.AsNoTracking()
            .Where(s => s.Minute >= dayAgo)
            .GroupBy(_ => 1)
            .Select(g => new { Total = g.Sum(s => s.ApiRequests), Slow = g.Sum(s => s.ApiSlowRequests) })
            .SingleOrDefaultAsync(cancellationToken);

        var (upMinutes, expectedMinutes) = await HeartbeatAsync(context, now, cancellationToken);

        return
        [
            SloResult.From(ScrapeSuccess, 0.95, "24h", runs?.Good ?? 0, runs?.Total ?? 0),
            SloResult.From(AnalysisLatency, 0.95, "24h", analyses?.Good ?? 0, analyses?.Total ?? 0),
            SloResult.From(AlertLatency, 0.99, "24h", deliveredInTime, deliveries.Count),
            SloResult.From(Availability, 0.999, "7d", upMinutes, expectedMinutes),
            SloResult.From(ApiLatency, 0.95, "24h", (api?.Total ?? 0) - (api?.Slow ?? 0), api?.Total ?? 0),
            SloResult.From(EvaluationLatency, 0.95, "24h", evaluatedInTime, evaluations.Count),
        ];
    }

    /// <summary>
    /// Minutes with a heartbeat row and minutes there should be one, over the last 7 days or since the first
    /// sample of a younger install, up to the last minute whose sample is due.
    /// </summary>
    private static async Task<(long Up, long Expected)> HeartbeatAsync(JobSentinelDbContext context, DateTime now, CancellationToken cancellationToken)
    {
        var end = OpsRecorder.MinuteOf(now - FlushGrace);
        var weekAgo = OpsRecorder.MinuteOf(now - Week);
        var first = await context.OpsSamples.AsNoTracking()
            .OrderBy(s => s.Minute)
            .Select(s => (DateTime?)s.Minute)
            .FirstOrDefaultAsync(cancellationToken);
        if (first is not { } firstEver)
        {
            return (0, 0);
        }

        var start = firstEver > weekAgo ? firstEver : weekAgo;
        if (start >= end)
        {
            return (0, 0);
        }

        var up = await context.OpsSamples.CountAsync(s => s.Minute >= start && s.Minute < end, cancellationToken);
        return (up, (long)(end - start).TotalMinutes);
    }
}
