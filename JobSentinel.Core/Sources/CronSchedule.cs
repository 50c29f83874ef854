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

    /// <summary>The most runs the schedule makes in one UTC day (checked over a week, weekdays differ).</summary>
    public static int MaxRunsPerDay(string expression)
    {
        var cron = CronExpression.Parse(expression.Trim(), CronFormat.Standard);
        var start = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc); // a Monday
        var most = 0;
        for (var day = 0; day < 7; day++)
        {
            var from = start.AddDays(day);
            most = Math.Max(most, cron.GetOccurrences(from, from.AddDays(1), TimeZoneInfo.Utc, fromInclusive: true, toInclusive: false).Count());
        }

        return most;
    }

    public static DateTime? Next(string expression, DateTime afterUtc) =>
        CronExpression.Parse(expression.Trim(), CronFormat.Standard).GetNextOccurrence(afterUtc, TimeZoneInfo.Utc);
}
