namespace JobSentinel.Core.Diagnostics;

/// <summary>The Performance dashboard's series over one time range, bucketed to at most <see cref="OpsSeriesQueries.MaxPoints"/> points.</summary>
public sealed record OpsSeries(DateTime From, DateTime To, TimeSpan Bucket, IReadOnlyList<OpsPoint> Points, IReadOnlyList<ScraperSeries> Scrapers)
{
    public bool IsEmpty => Points.Count == 0 && Scrapers.Count == 0;
}

/// <summary>
/// One bucket of samples. Percentiles are the request-weighted mean of the minutes' percentiles (exact
/// percentiles cannot be merged); queue lengths and memory are the bucket's maximum, CPU its average.
/// </summary>
public sealed record OpsPoint(
    DateTime At,
    long Requests,
    double? P50Ms,
    double? P95Ms,
    double? P99Ms,
    int EvaluationsQueued,
    int AlertsPending,
    int? HangfireEnqueued,
    double WorkingSetMb,
    double CpuPercent);

/// <summary>Average scrape-run duration of one source per bucket.</summary>
public sealed record ScraperSeries(string Source, IReadOnlyList<ScraperPoint> Points);

public sealed record ScraperPoint(DateTime At, double AverageSeconds, int Runs);
