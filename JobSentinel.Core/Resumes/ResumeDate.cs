namespace JobSentinel.Core.Resumes;

/// <summary>A month as written on a resume; a bare year reads as its January.</summary>
internal readonly record struct ResumeDate(int Year, int Month, DateStyle Style)
{
    /// <summary>Months since year 0, so that intervals are plain integer arithmetic.</summary>
    public int MonthIndex => (Year * 12) + Month - 1;

    public DateOnly ToDateOnly() => new(Year, Month, 1);

    public static int MonthIndexOf(DateTimeOffset time) => (time.Year * 12) + time.Month - 1;
}
