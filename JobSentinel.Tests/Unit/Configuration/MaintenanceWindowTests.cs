using JobSentinel.Core.Configuration;
using JobSentinel.Core.Operations;

namespace JobSentinel.Tests.Unit.Configuration;

public sealed class MaintenanceWindowTests
{
    private static MaintenanceWindow Parse(string text, string zone = "UTC") =>
        MaintenanceWindow.Parse(text, TimeZoneInfo.FindSystemTimeZoneById(zone)).Window!;

    private static DateTime Utc(string text) => DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    [Theory]
    [InlineData("2026-11-22 02:00", true)] // Sunday
    [InlineData("2026-11-22 03:59", true)]
    [InlineData("2026-11-22 04:00", false)]
    [InlineData("2026-11-22 01:59", false)]
    [InlineData("2026-11-23 02:30", false)] // Monday
    public void Contains_WeeklyWindow(string now, bool inside)
    {
        Assert.Equal(inside, Parse("Sun 02:00-04:00").Contains(Utc(now)));
    }

    [Fact]
    public void NextStart_WeeklyWindow_IsTheComingSunday()
    {
        Assert.Equal(Utc("2026-11-29 02:00"), Parse("sun 02:00-04:00").NextStart(Utc("2026-11-22 05:00")));
        Assert.Equal(Utc("2026-11-22 02:00"), Parse("Sun 02:00-04:00").NextStart(Utc("2026-11-21 23:00")));
    }

    [Theory]
    [InlineData("2026-11-23 23:30", true)]
    [InlineData("2026-11-24 00:59", true)]
    [InlineData("2026-11-24 01:00", false)]
    [InlineData("2026-11-23 12:00", false)]
    public void Contains_DailyWindowOverMidnight(string now, bool inside)
    {
        Assert.Equal(inside, Parse("23:00-01:00").Contains(Utc(now)));
    }

    [Fact]
    public void Window_InATimeZone_IsLocalTime()
    {
        var berlin = Parse("02:00-04:00", "Europe/Berlin"); // UTC+1 in November

        Assert.True(berlin.Contains(Utc("2026-11-23 01:30")));
        Assert.False(berlin.Contains(Utc("2026-11-23 03:30")));
        Assert.Equal(Utc("2026-11-24 01:00"), berlin.NextStart(Utc("2026-11-23 05:00")));
    }

    [Theory]
    [InlineData("Sunday 02:00-04:00", "unknown day")]
    [InlineData("Sun 2-4", "HH:mm-HH:mm")]
    [InlineData("02:00-02:00", "same time")]
    [InlineData("25:00-26:00", "HH:mm-HH:mm")]
    [InlineData("Sun 02:00 - 04:00", "must look like")]
    public void Parse_BadWindow_SaysWhy(string text, string expected)
    {
        var (window, error) = MaintenanceWindow.Parse(text, TimeZoneInfo.Utc);

        Assert.Null(window);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_NamesEveryBadKey()
    {
        var result = new MaintenanceOptionsValidator().Validate(null, new MaintenanceOptions { Window = "Someday", TimeZone = "Mars/Olympus", DatabaseSchedule = "weekly" });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("JobSentinel:Maintenance:Window 'Someday'", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("JobSentinel:Maintenance:TimeZone 'Mars/Olympus'", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("JobSentinel:Maintenance:DatabaseSchedule 'weekly'", StringComparison.Ordinal));
    }

    [Fact]
    public void ArchiveValidator_RejectsNegativeDaysAndBadCron()
    {
        var result = new ArchiveOptionsValidator().Validate(null, new ArchiveOptions { OlderThanDays = -1, Schedule = "daily" });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("JobSentinel:Archive:OlderThanDays", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("JobSentinel:Archive:Schedule", StringComparison.Ordinal));
        Assert.True(new ArchiveOptionsValidator().Validate(null, new ArchiveOptions { OlderThanDays = 0, Schedule = "" }).Succeeded);
    }
}
