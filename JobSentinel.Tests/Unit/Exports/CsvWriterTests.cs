using System.Globalization;
using JobSentinel.Core.Exports;

namespace JobSentinel.Tests.Unit.Exports;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Berlin, Germany", "\"Berlin, Germany\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line one\nline two", "\"line one\nline two\"")]
    [InlineData("line one\r\nline two", "\"line one\r\nline two\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("", "")]
    public void Format_Text_IsQuotedOnlyWhenItHoldsASeparatorQuoteOrLineBreak(string value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Format(value));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+49 30 1234", "'+49 30 1234")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("=a,b", "\"'=a,b\"")]
    public void Format_TextStartingLikeAFormula_IsPrefixedWithAnApostrophe(string value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Format(value));
    }

    [Theory]
    [InlineData("a=1")]
    [InlineData("C++ & C#")]
    [InlineData("Senior Engineer - Remote")]
    public void Format_FormulaCharacterNotFirst_IsLeftAlone(string value)
    {
        Assert.Equal(value, CsvWriter.Format(value));
    }

    [Fact]
    public void Format_NegativeNumber_IsNotPrefixed()
    {
        Assert.Equal("-5", CsvWriter.Format(-5));
    }

    [Fact]
    public void Format_Null_IsEmpty()
    {
        Assert.Equal("", CsvWriter.Format(null));
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public void Format_Boolean_IsLowerCase(bool value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Format(value));
    }

    [Fact]
    public void Format_Date_IsIsoUtc()
    {
        var date = new DateTime(2026, 1, 5, 9, 7, 3, DateTimeKind.Utc);

        Assert.Equal("2026-01-05T09:07:03Z", CsvWriter.Format(date));
    }

    [Fact]
    public void Format_DateUnderGermanCulture_IsStillIsoUtc()
    {
        var date = new DateTime(2026, 12, 31, 23, 59, 59, DateTimeKind.Utc);

        var text = InCulture("de-DE", () => CsvWriter.Format(date));

        Assert.Equal("2026-12-31T23:59:59Z", text);
    }

    [Theory]
    [InlineData(1234.5, "1234.5")]
    [InlineData(0.25, "0.25")]
    [InlineData(-1234.5, "-1234.5")]
    public void Format_DoubleUnderGermanCulture_UsesAPointAndNoGrouping(double value, string expected)
    {
        var text = InCulture("de-DE", () => CsvWriter.Format(value));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Format_DecimalUnderGermanCulture_UsesAPoint()
    {
        var text = InCulture("de-DE", () => CsvWriter.Format(104_000.75m));

        Assert.Equal("104000.75", text);
    }

    [Fact]
    public void Format_LargeIntegerUnderGermanCulture_HasNoGrouping()
    {
        var text = InCulture("de-DE", () => CsvWriter.Format(1_234_567L));

        Assert.Equal("1234567", text);
    }

    [Fact]
    public async Task WriteRowAsync_Fields_AreCommaJoinedAndEndWithCrLf()
    {
        await using var output = new StringWriter();
        var csv = new CsvWriter(output);

        await csv.WriteRowAsync([42, "Backend Engineer", "Berlin, Germany", null, 1.5, true]);
        await csv.WriteRowAsync(["second"]);

        Assert.Equal("42,Backend Engineer,\"Berlin, Germany\",,1.5,true\r\nsecond\r\n", output.ToString());
    }

    [Fact]
    public async Task WriteRowAsync_UnderGermanCulture_KeepsCommasAsSeparatorsOnly()
    {
        await using var output = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvWriter(output);

        await InCulture("de-DE", () => csv.WriteRowAsync([0.5, 2.25m]));

        Assert.Equal("0.5,2.25\r\n", output.ToString());
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
