using Cronos;

namespace JobSentinel.Core.Sources;

/// <summary>Cron expressions as sources use them (five fields, UTC).</summary>
public static class CronSchedule
{
    /// <summary>The problem with the expression, or null when it is valid.</summary>
    public static string? Check(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return "is required.";
        }

        try
        {
            CronExpression.Parse(expression.Trim(), CronFormat.Standard);
            return null;
        }
        catch (CronFormatException ex)
        {
            return $"is not a valid five-field cron expression ({ex.Message}).";
        }
    }

    /// <summary>
    /// The most runs the schedule makes in one UTC day, over a whole leap year: schedules can be
    /// limited to weekdays, days of the month or months.
    /// </summary>
    public static int MaxRunsPerDay(string expression)
    {
        var cron = CronExpression.Parse(expression.Trim(), CronFormat.Standard);
        var start = new DateTime(2028, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var perDay = new int[367];
        foreach (var occurrence in cron.GetOccurrences(start, start.AddYears(1), TimeZoneInfo.Utc, fromInclusive: true, toInclusive: false))
        {
            perDay[(occurrence - start).Days]++;
        }

        return perDay.Max();
    }

    public static DateTime? Next(string expression, DateTime afterUtc) =>
        CronExpression.Parse(expression.Trim(), CronFormat.Standard).GetNextOccurrence(afterUtc, TimeZoneInfo.Utc);
}
