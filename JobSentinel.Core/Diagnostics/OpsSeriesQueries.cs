using System.Globalization;
using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Diagnostics;

/// <summary>The time series of the Performance dashboard, from <see cref="OpsSample"/> rows and scrape runs.</summary>
public sealed class OpsSeriesQueries(IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>The most points a chart gets: the bucket grows with the range.</summary>
    public const int MaxPoints = 120;

    /// <summary>Whole minutes, at least one, so that <paramref name="range"/> fits in <see cref="MaxPoints"/> buckets.</summary>
    public static TimeSpan BucketFor(TimeSpan range) =>
        TimeSpan.FromMinutes(Math.Max(1, Math.Ceiling(range.TotalMinutes / MaxPoints)));

    /// <summary>The series of the last <paramref name="range"/>, oldest bucket first.</summary>
    public async Task<OpsSeries> GetAsync(TimeSpan range, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(range, TimeSpan.Zero);
        var to = timeProvider.GetUtcNow().UtcDateTime;
        var from = to - range;
        var bucket = BucketFor(range);
        var seconds = (long)bucket.TotalSeconds;
        var fromText = from.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await context.Database.SqlQuery<BucketRow>($"""
            SELECT CAST(strftime('%s', "Minute") AS INTEGER) / {seconds} AS "Bucket",
                   SUM("Requests") AS "Requests",
                   SUM("P50Ms" * "Requests") / NULLIF(SUM(CASE WHEN "P50Ms" IS NOT NULL THEN "Requests" END), 0) AS "P50Ms",
                   SUM("P95Ms" * "Requests") / NULLIF(SUM(CASE WHEN "P95Ms" IS NOT NULL THEN "Requests" END), 0) AS "P95Ms",
                   SUM("P99Ms" * "Requests") / NULLIF(SUM(CASE WHEN "P99Ms" IS NOT NULL THEN "Requests" END), 0) AS "P99Ms",
                   MAX("EvaluationsQueued") AS "EvaluationsQueued",
                   MAX("AlertsPending") AS "AlertsPending",
                   MAX("HangfireEnqueued") AS "HangfireEnqueued",
                   MAX("WorkingSetMb") AS "WorkingSetMb",
                   AVG("CpuPercent") AS "CpuPercent"
            FROM "OpsSamples" WHERE "Minute" >= {fromText}
            GROUP BY "Bucket" ORDER BY "Bucket"
            """).ToListAsync(cancellationToken);
        var points = rows.Select(r => new OpsPoint(
            DateTime.UnixEpoch.AddSeconds(r.Bucket * seconds), r.Requests,
            Round(r.P50Ms), Round(r.P95Ms), Round(r.P99Ms),
            r.EvaluationsQueued, r.AlertsPending, r.HangfireEnqueued,
            Math.Round(r.WorkingSetMb, 1), Math.Round(r.CpuPercent, 1))).ToList();

        var runs = await context.ScrapeRuns.AsNoTracking()
            .Where(r => r.FinishedAt >= from && r.DurationMs != null)
            .Join(context.Sources, r => r.SourceId, s => s.Id, (r, s) => new { s.Name, FinishedAt = r.FinishedAt!.Value, DurationMs = r.DurationMs!.Value })
            .ToListAsync(cancellationToken);
        var scrapers = runs
            .GroupBy(r => r.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ScraperSeries(g.Key, [.. g
                .GroupBy(r => (r.FinishedAt - DateTime.UnixEpoch).Ticks / bucket.Ticks)
                .OrderBy(b => b.Key)
                .Select(b => new ScraperPoint(DateTime.UnixEpoch.AddTicks(b.Key * bucket.Ticks), Math.Round(b.Average(r => r.DurationMs) / 1000.0, 2), b.Count()))]))
            .ToList();

        return new OpsSeries(from, to, bucket, points, scrapers);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;

    private sealed class BucketRow
    {
        public long Bucket { get; init; }

        public long Requests { get; init; }

        public double? P50Ms { get; init; }

        public double? P95Ms { get; init; }

        public double? P99Ms { get; init; }

        public int EvaluationsQueued { get; init; }

        public int AlertsPending { get; init; }

        public int? HangfireEnqueued { get; init; }

        public double WorkingSetMb { get; init; }

        public double CpuPercent { get; init; }
    }
}
