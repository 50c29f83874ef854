using JobSentinel.Core.Alerts;

namespace JobSentinel.Tests.Unit.Alerts;

public sealed class AlertTextTests
{
    [Theory]
    [InlineData(0.92, "92%")]
    [InlineData(0.915, "92%")]
    [InlineData(1.2, "100%")]
    [InlineData(-0.1, "0%")]
    [InlineData(double.NaN, "0%")]
    public void Percent_Score_IsAWholePercentWithinRange(double score, string expected)
    {
        Assert.Equal(expected, AlertText.Percent(score));
    }

    [Fact]
    public void Truncate_ShortText_IsUnchanged()
    {
        Assert.Equal("short", AlertText.Truncate("short", 5));
    }

    [Fact]
    public void Truncate_LongText_EndsWithEllipsisWithinTheLimit()
    {
        Assert.Equal("abcd…", AlertText.Truncate("abcdefgh", 5));
    }

    [Fact]
    public void Truncate_NeverSplitsASurrogatePair()
    {
        var cut = AlertText.Truncate("ab😀cdef", 4);

        Assert.Equal("ab…", cut);
    }

    [Fact]
    public void Fit_EscapedText_IsCutBeforeEscapingSoNoEntityIsSplit()
    {
        var fitted = AlertText.Fit("&&&&&&", 12, SlackPayload.Escape);

        Assert.Equal("&amp;&amp;…", fitted);
    }
}
