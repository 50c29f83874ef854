using System.Globalization;
using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Diagnostics;

/// <summary>
/// The daily summary (<c>GET /api/v1/metrics/daily</c>): one grouped query per table over indexed time
/// columns, so that it stays fast with a month of samples and 100,000 postings.
/// </summary>
public sealed class DailyMetricsQueries(IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider)
{
    public const int MaxDays = 90;

    /// <summary>Today and the <paramref name="days"/> − 1 days before it, oldest first; days without activity are zeros.</summary>
    public async Task<IReadOnlyList<DailyMetrics>> GetAsync(int days, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var first = today.AddDays(1 - days);
        // Times are stored as ISO text ("yyyy-MM-dd HH:mm:ss..."): the first ten characters are the UTC day.
        var since = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var requests = await context.Database.SqlQuery<RequestDay>($"""
            SELECT substr("Minute", 1, 10) AS "Day", SUM("Requests") AS "Requests", SUM("ServerErrors") AS "ServerErrors", SUM("DurationMsSum") AS "DurationMsSum"
            FROM "OpsSamples" WHERE "Minute" >= {since} GROUP BY "Day"
            """).ToDictionaryAsync(d => d.Day, cancellationToken);
        var users = await context.OpsSamples.AsNoTracking()
            .Where(s => s.Minute >= first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) && s.Users != null)
            .Select(s => new { s.Minute, s.Users })
            .ToListAsync(cancellationToken);
        var usersByDay = users
            .GroupBy(s => s.Minute.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.SelectMany(s => s.Users!.Split(',')).Distinct(StringComparer.Ordinal).Count());

        var jobs = await CountAsync(context, $"""SELECT substr("FirstSeenAt", 1, 10) AS "Day", COUNT(*) AS "Count" FROM "Jobs" WHERE "FirstSeenAt" >= {since} GROUP BY "Day" """, cancellationToken);
        var resumes = await CountAsync(context, $"""SELECT substr("UploadedAt", 1, 10) AS "Day", COUNT(*) AS "Count" FROM "Resumes" WHERE "UploadedAt" >= {since} GROUP BY "Day" """, cancellationToken);
        var evaluations = await CountAsync(context, $"""SELECT substr("FinishedAt", 1, 10) AS "Day", COUNT(*) AS "Count" FROM "Evaluations" WHERE "Status" = 'Completed' AND "FinishedAt" >= {since} GROUP BY "Day" """, cancellationToken);
        var alerts = await CountAsync(context, $"""SELECT substr("SentAt", 1, 10) AS "Day", COUNT(*) AS "Count" FROM "Alerts" WHERE "Status" = 'Sent' AND "SentAt" >= {since} GROUP BY "Day" """, cancellationToken);

        var result = new List<DailyMetrics>(days);
        for (var date = first; date <= today; date = date.AddDays(1))
        {
            var key = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var day = requests.GetValueOrDefault(key);
            var total = day?.Requests ?? 0;
            result.Add(new DailyMetrics(
                date,
                total,
                total == 0 ? 0 : Math.Round((double)day!.ServerErrors / total, 4),
                total == 0 ? 0 : Math.Round(day!.DurationMsSum / total, 1),
                usersByDay.GetValueOrDefault(key),
                jobs.GetValueOrDefault(key),
                resumes.GetValueOrDefault(key) + evaluations.GetValueOrDefault(key),
                alerts.GetValueOrDefault(key)));
        }

        return result;
    }

    private static Task<Dictionary<string, int>> CountAsync(JobSentinelDbContext context, FormattableString sql, CancellationToken cancellationToken) =>
        context.Database.SqlQuery<DayCount>(sql).ToDictionaryAsync(d => d.Day, d => d.Count, cancellationToken);

    private sealed class RequestDay
    {
        public required string Day { get; init; }

        public long Requests { get; init; }

        public long ServerErrors { get; init; }

        public double DurationMsSum { get; init; }
    }

    private sealed class DayCount
    {
        public required string Day { get; init; }

        public int Count { get; init; }
    }
}
