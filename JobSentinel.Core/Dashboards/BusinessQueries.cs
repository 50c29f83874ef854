using System.Globalization;
using JobSentinel.Core.Data;
using JobSentinel.Core.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Dashboards;

/// <summary>
/// The figures of the Overview and Business dashboards, aggregated by SQLite (GROUP BY, window
/// functions) so that no posting is loaded into memory. Ranges are [from, to) in UTC; buckets with
/// nothing in them are returned as zeros so charts keep their time axis.
/// </summary>
public sealed class BusinessQueries(IDbContextFactory<JobSentinelDbContext> contextFactory)
{
    public const int MaxKeywords = 5;

    /// <summary>New postings (by when they were first seen) per bucket.</summary>
    public async Task<IReadOnlyList<TimeCount>> JobsFoundAsync(DateTime from, DateTime to, TimeBucket bucket, CancellationToken cancellationToken) =>
        await CountPerBucketAsync("Jobs", "FirstSeenAt", from, to, bucket, cancellationToken);

    /// <summary>Companies with the most open postings first seen in the range, most first (ties by name).</summary>
    public async Task<IReadOnlyList<CompanyCount>> TopCompaniesAsync(DateTime from, DateTime to, int top, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        const string sql = """
            SELECT Company, count(*) AS n FROM Jobs
            WHERE FirstSeenAt >= $from AND FirstSeenAt < $to AND Status = 'Open'
            GROUP BY Company ORDER BY n DESC, Company LIMIT $top
            """;
        return await QueryAsync(sql, p =>
        {
            AddRange(p, from, to);
            p.AddWithValue("$top", top);
        }, r => new CompanyCount(r.GetString(0), r.GetInt32(1)), cancellationToken);
    }

    /// <summary>
    /// Per keyword (case-insensitive, contained in the title), the median <c>SalaryAnnualUsd</c> per bucket of
    /// postings first seen in the range; postings without a salary are left out, buckets without any are absent.
    /// </summary>
    public async Task<IReadOnlyList<SalaryTrend>> SalaryTrendsAsync(IEnumerable<string> keywords, DateTime from, DateTime to, TimeBucket bucket, CancellationToken cancellationToken)
    {
        var distinct = keywords.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count > MaxKeywords)
        {
            throw new ArgumentException($"At most {MaxKeywords} keywords can be compared at once.", nameof(keywords));
        }

        if (distinct.Count == 0)
        {
            return [];
        }

        // One pass for every keyword; the median is the middle row (or the mean of the two middle rows)
        // of each keyword's bucket ordered by salary.
        var keywordRows = string.Join(", ", distinct.Select((_, i) => $"({i}, $k{i})"));
        var sql = $"""
            WITH kw(i, pattern) AS (VALUES {keywordRows}),
            s AS (
                SELECT kw.i AS k, {TimeBuckets.Sql(bucket, "j.FirstSeenAt")} AS b, j.SalaryAnnualUsd AS v
                FROM Jobs j JOIN kw ON j.Title LIKE kw.pattern ESCAPE '\'
                WHERE j.FirstSeenAt >= $from AND j.FirstSeenAt < $to AND j.SalaryAnnualUsd IS NOT NULL),
            r AS (SELECT k, b, v, row_number() OVER (PARTITION BY k, b ORDER BY v) AS rn, count(*) OVER (PARTITION BY k, b) AS n FROM s)
            SELECT k, b, avg(v), max(n) FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY k, b ORDER BY k, b
            """;
        var points = await QueryAsync(sql, p =>
        {
            AddRange(p, from, to);
            for (var i = 0; i < distinct.Count; i++)
            {
                p.AddWithValue($"$k{i}", $"%{EscapeLike(distinct[i])}%");
            }
        }, r => (Keyword: r.GetInt32(0), Point: new SalaryPoint(TimeBuckets.Parse(bucket, r.GetString(1)), r.GetDouble(2), r.GetInt32(3))), cancellationToken);
        return [.. distinct.Select((keyword, i) => new SalaryTrend(keyword, [.. points.Where(p => p.Keyword == i).Select(p => p.Point)]))];
    }

    /// <summary>Evaluations requested in the range by outcome per bucket, the completion rate, and resumes analysed per bucket.</summary>
    public async Task<AnalysisCompletion> AnalysisCompletionAsync(DateTime from, DateTime to, TimeBucket bucket, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT {TimeBuckets.Sql(bucket, "CreatedAt")} AS b,
                   sum(Status = 'Completed'), sum(Status = 'Failed'), sum(Status IN ('Queued', 'Processing'))
            FROM Evaluations WHERE CreatedAt >= $from AND CreatedAt < $to GROUP BY b
            """;
        var rows = (await QueryAsync(sql, p => AddRange(p, from, to),
                r => new EvaluationCounts(TimeBuckets.Parse(bucket, r.GetString(0)), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)), cancellationToken))
            .ToDictionary(c => c.Start);
        var evaluations = TimeBuckets.Between(bucket, from, to)
            .Select(start => rows.GetValueOrDefault(start) ?? new EvaluationCounts(start, 0, 0, 0))
            .ToList();
        var completed = evaluations.Sum(e => e.Completed);
        var failed = evaluations.Sum(e => e.Failed);
        double? rate = completed + failed == 0 ? null : (double)completed / (completed + failed);
        var resumes = await CountPerBucketAsync("Resumes", "UploadedAt", from, to, bucket, cancellationToken);
        return new AnalysisCompletion(evaluations, completed, failed, evaluations.Sum(e => e.Pending), rate, resumes);
    }

    /// <summary>Enabled sources (not the hand-added postings' one) by name, with their circuit and latest run.</summary>
    public async Task<IReadOnlyList<ActiveSource>> ActiveSourcesAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT s.Id, s.Name, s.Type, s.CircuitState, r.Status, coalesce(r.FinishedAt, r.StartedAt, r.CreatedAt), r.JobsNew, r.Error
            FROM Sources s
            LEFT JOIN ScrapeRuns r ON r.Id = (SELECT Id FROM ScrapeRuns WHERE SourceId = s.Id ORDER BY CreatedAt DESC, Id DESC LIMIT 1)
            WHERE s.Enabled AND s.Type <> 'Manual'
            ORDER BY s.Name
            """;
        return await QueryAsync(sql, _ => { }, r => new ActiveSource(
            r.GetInt32(0),
            r.GetString(1),
            Enum.Parse<SourceType>(r.GetString(2)),
            Enum.Parse<CircuitState>(r.GetString(3)),
            r.IsDBNull(4) ? null : Enum.Parse<ScrapeRunStatus>(r.GetString(4)),
            r.IsDBNull(5) ? null : DateTime.SpecifyKind(r.GetDateTime(5), DateTimeKind.Utc),
            r.IsDBNull(6) ? null : r.GetInt32(6),
            r.IsDBNull(7) ? null : r.GetString(7)), cancellationToken);
    }

    private async Task<IReadOnlyList<TimeCount>> CountPerBucketAsync(string table, string column, DateTime from, DateTime to, TimeBucket bucket, CancellationToken cancellationToken)
    {
        var sql = $"SELECT {TimeBuckets.Sql(bucket, column)} AS b, count(*) FROM {table} WHERE {column} >= $from AND {column} < $to GROUP BY b";
        var counts = (await QueryAsync(sql, p => AddRange(p, from, to), r => (Start: TimeBuckets.Parse(bucket, r.GetString(0)), Count: r.GetInt32(1)), cancellationToken))
            .ToDictionary(c => c.Start, c => c.Count);
        return [.. TimeBuckets.Between(bucket, from, to).Select(start => new TimeCount(start, counts.GetValueOrDefault(start)))];
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        List<T> rows = [];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    // Dates are compared as text, in the format EF writes them.
    private static void AddRange(SqliteParameterCollection parameters, DateTime from, DateTime to)
    {
        parameters.AddWithValue("$from", Format(from));
        parameters.AddWithValue("$to", Format(to));
    }

    private static string Format(DateTime value) =>
        UtcDateTimeConverter.ToUtc(value).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');

    private static string EscapeLike(string value) => value.Replace(@"\", @"\\", StringComparison.Ordinal)
        .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
