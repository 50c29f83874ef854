using JobSentinel.Core.Sources;

namespace JobSentinel.Tests.Unit.Sources;

public sealed class CronScheduleTests
{
    [Theory]
    [InlineData("0 * * * *")]
    [InlineData("*/30 * * * *")]
    [InlineData("5 */6 * * *")]
    [InlineData("0 9 * * MON-FRI")]
    [InlineData("  0 1-23/4 * * *  ")]
    public void Check_ValidFiveFieldExpression_ReturnsNull(string expression)
    {
        Assert.Null(CronSchedule.Check(expression));
    }

    [Theory]
    [InlineData("every hour")]
    [InlineData("61 * * * *")]
    [InlineData("0 25 * * *")]
    [InlineData("* * * *")]
    [InlineData("0 0 * * * *")]
    public void Check_InvalidExpression_SaysItIsNotValid(string expression)
    {
        Assert.StartsWith("is not a valid five-field cron expression (", CronSchedule.Check(expression), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Check_Empty_SaysItIsRequired(string? expression)
    {
        Assert.Equal("is required.", CronSchedule.Check(expression));
    }

    [Theory]
    [InlineData("0 * * * *", 24)]
    [InlineData("5 */6 * * *", 4)]
    [InlineData("*/30 * * * *", 48)]
    [InlineData("0 1-23/4 * * *", 6)]
    [InlineData("0 9,17 * * *", 2)]
    public void MaxRunsPerDay_DailyPattern_CountsTheRunsOfOneDay(string expression, int expected)
    {
        Assert.Equal(expected, CronSchedule.MaxRunsPerDay(expression));
    }

    [Theory]
    [InlineData("0 * * * 6", 24)]
    [InlineData("0 * * * SUN", 24)]
    [InlineData("*/10 * * * WED", 144)]
    [InlineData("0 9 * * 1-5", 1)]
    public void MaxRunsPerDay_OnlySomeWeekdays_CountsTheBusiestWeekday(string expression, int expected)
    {
        Assert.Equal(expected, CronSchedule.MaxRunsPerDay(expression));
    }

    [Theory]
    [InlineData("*/5 * 1 * *", 288)]
    [InlineData("0 * * 6 *", 24)]
    public void MaxRunsPerDay_DayOfMonthOrMonthSchedule_CountsTheBusiestDay(string expression, int expected)
    {
        Assert.Equal(expected, CronSchedule.MaxRunsPerDay(expression));
    }

    [Fact]
    public void Next_HourlySchedule_GivesTheNextFullHourInUtc()
    {
        var next = CronSchedule.Next("0 * * * *", new DateTime(2026, 1, 5, 10, 15, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 1, 5, 11, 0, 0, DateTimeKind.Utc), next);
        Assert.Equal(DateTimeKind.Utc, next!.Value.Kind);
    }

    [Fact]
    public void Next_ExactlyAtAnOccurrence_GivesTheFollowingOne()
    {
        var next = CronSchedule.Next("5 */6 * * *", new DateTime(2026, 1, 5, 6, 5, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 1, 5, 12, 5, 0, DateTimeKind.Utc), next);
    }

    [Fact]
    public void Next_WeekdaySchedule_SkipsTheWeekend()
    {
        var friday = new DateTime(2026, 1, 9, 10, 0, 0, DateTimeKind.Utc);

        var next = CronSchedule.Next("0 9 * * 1-5", friday);

        Assert.Equal(new DateTime(2026, 1, 12, 9, 0, 0, DateTimeKind.Utc), next);
    }

    [Fact]
    public void Next_ExpressionWithSurroundingSpaces_IsTrimmed()
    {
        var next = CronSchedule.Next("  30 * * * *  ", new DateTime(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 1, 5, 10, 30, 0, DateTimeKind.Utc), next);
    }
}
