namespace JobSentinel.Core.Dashboards;

/// <summary>Where each <see cref="TimeBucket"/> starts, in SQL and in C#, and the buckets of a range.</summary>
public static class TimeBuckets
{
    /// <summary>Hours up to a day, days beyond: a chart of 1 h or 24 h in days would be one or two bars.</summary>
    public static TimeBucket For(TimeSpan range) => range <= TimeSpan.FromHours(24) ? TimeBucket.Hour : TimeBucket.Day;

    /// <summary>
    /// The SQL expression of the bucket of a date column. EF stores dates as text
    /// ("yyyy-MM-dd HH:mm:ss.FFFFFFF"), so hours and days are prefixes; weeks start on the Monday on or before.
    /// </summary>
    internal static string Sql(TimeBucket bucket, string column) => bucket switch
    {
        TimeBucket.Hour => $"substr({column}, 1, 13)",
        TimeBucket.Day => $"substr({column}, 1, 10)",
        _ => $"date(substr({column}, 1, 10), '-6 days', 'weekday 1')",
    };

    /// <summary>Reads back what <see cref="Sql"/> produced.</summary>
    internal static DateTime Parse(TimeBucket bucket, string value) => bucket == TimeBucket.Hour
        ? DateTime.SpecifyKind(DateTime.ParseExact(value, "yyyy-MM-dd HH", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc)
        : DateTime.SpecifyKind(DateTime.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    public static DateTime Start(TimeBucket bucket, DateTime at) => bucket switch
    {
        TimeBucket.Hour => new DateTime(at.Year, at.Month, at.Day, at.Hour, 0, 0, DateTimeKind.Utc),
        TimeBucket.Day => DateTime.SpecifyKind(at.Date, DateTimeKind.Utc),
        _ => DateTime.SpecifyKind(at.Date.AddDays(-(((int)at.DayOfWeek + 6) % 7)), DateTimeKind.Utc),
    };

    public static DateTime Next(TimeBucket bucket, DateTime start) => bucket switch
    {
        TimeBucket.Hour => start.AddHours(1),
        TimeBucket.Day => start.AddDays(1),
        _ => start.AddDays(7),
    };

    /// <summary>The start of every bucket that overlaps [from, to), oldest first.</summary>
    public static IReadOnlyList<DateTime> Between(TimeBucket bucket, DateTime from, DateTime to)
    {
        List<DateTime> starts = [];
        for (var start = Start(bucket, from); start < to; start = Next(bucket, start))
        {
            starts.Add(start);
        }

        return starts;
    }
}
