using JobSentinel.Core.Sources.Parsing;

namespace JobSentinel.Tests.Unit.Sources.Parsing;

public sealed class PayloadDatesTests
{
    private static readonly DateTime Expected = new(2026, 7, 10, 22, 45, 30, DateTimeKind.Utc);

    [Theory]
    [InlineData("Fri, 10 Jul 2026 22:45:30 +0000")]
    [InlineData("10 Jul 2026 22:45:30 GMT")]
    [InlineData("Fri, 10 Jul 2026 18:45:30 EDT")]
    [InlineData("Sat, 11 Jul 2026 00:45:30 +0200")]
    [InlineData("Fri, 10 Jul 26 22:45:30 Z")]
    [InlineData("2026-07-10T22:45:30Z")]
    public void FromRfc822_ZonedValue_IsUtc(string value)
    {
        var parsed = PayloadDates.FromRfc822(value);

        Assert.Equal(Expected, parsed);
        Assert.Equal(DateTimeKind.Utc, parsed!.Value.Kind);
    }

    [Theory]
    [InlineData("2026-07-10T22:45:30")]
    [InlineData("2026-07-10T22:45:30.0000")]
    [InlineData("2026-07-11T00:45:30+02:00")]
    public void FromIso_ValueWithOrWithoutZone_IsUtc(string value)
    {
        var parsed = PayloadDates.FromIso(value);

        Assert.Equal(Expected, parsed);
        Assert.Equal(DateTimeKind.Utc, parsed!.Value.Kind);
    }

    [Theory]
    [InlineData(1783723530L)]
    [InlineData(1783723530000L)]
    public void FromEpoch_SecondsOrMilliseconds_IsUtc(long value)
    {
        var parsed = PayloadDates.FromEpoch(value);

        Assert.Equal(Expected, parsed);
        Assert.Equal(DateTimeKind.Utc, parsed!.Value.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("32 Jul 2026 22:45:30 +0000")]
    public void FromRfc822_Unreadable_IsNull(string value)
    {
        Assert.Null(PayloadDates.FromRfc822(value));
    }

    [Fact]
    public void FromEpoch_Zero_IsNull()
    {
        Assert.Null(PayloadDates.FromEpoch(0));
    }
}
