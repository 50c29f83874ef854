using JobSentinel.Core.Sources.Ats;

namespace JobSentinel.Tests.Unit.Sources.Ats;

public sealed class AtsDatesTests
{
    [Theory]
    [InlineData("2026-07-27T14:17:12-04:00")]
    [InlineData("2026-07-27T18:17:12Z")]
    [InlineData("2026-07-27T18:17:12.000+00:00")]
    [InlineData("2026-07-27T18:17:12")]
    [InlineData("2026-07-27 18:17:12 UTC")]
    [InlineData("1785176232")]
    [InlineData("1785176232000")]
    public void Parse_EveryBoardFormat_GivesTheSameUtcInstant(string text)
    {
        var parsed = AtsDates.Parse(text);

        Assert.Equal(new DateTime(2026, 7, 27, 18, 17, 12, DateTimeKind.Utc), parsed);
        Assert.Equal(DateTimeKind.Utc, parsed!.Value.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("0")]
    [InlineData("next week")]
    public void Parse_MissingZeroOrUnreadable_IsUnknown(string? text) => Assert.Null(AtsDates.Parse(text));

    [Fact]
    public void FromEpoch_Milliseconds_KeepTheirPrecision() =>
        Assert.Equal(new DateTime(2024, 3, 25, 21, 50, 16, 463, DateTimeKind.Utc), AtsDates.FromEpoch(1711403416463));

    [Fact]
    public void FromEpoch_Seconds_AreRecognisedByTheirSize() =>
        Assert.Equal(new DateTime(2024, 3, 25, 21, 50, 16, DateTimeKind.Utc), AtsDates.FromEpoch(1711403416));

    [Theory]
    [InlineData(0L)]
    [InlineData(-5L)]
    [InlineData(long.MaxValue)]
    public void FromEpoch_ZeroNegativeOrOutOfRange_IsUnknown(long value) => Assert.Null(AtsDates.FromEpoch(value));
}
