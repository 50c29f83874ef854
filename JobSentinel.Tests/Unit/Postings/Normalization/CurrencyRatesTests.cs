using JobSentinel.Core.Postings.Normalization;

namespace JobSentinel.Tests.Unit.Postings.Normalization;

public sealed class CurrencyRatesTests
{
    [Theory]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("GBP")]
    [InlineData("CAD")]
    [InlineData("AUD")]
    [InlineData("NZD")]
    [InlineData("CHF")]
    [InlineData("SEK")]
    [InlineData("NOK")]
    [InlineData("DKK")]
    [InlineData("PLN")]
    [InlineData("CZK")]
    [InlineData("HUF")]
    [InlineData("INR")]
    [InlineData("JPY")]
    [InlineData("SGD")]
    [InlineData("HKD")]
    [InlineData("BRL")]
    [InlineData("MXN")]
    [InlineData("ZAR")]
    [InlineData("ILS")]
    [InlineData("AED")]
    [InlineData("CNY")]
    public void IsKnown_RequiredCurrency_IsTrueAndListed(string currency)
    {
        Assert.True(CurrencyRates.IsKnown(currency));
        Assert.Contains(currency, CurrencyRates.Currencies);
    }

    [Theory]
    [InlineData("")]
    [InlineData("XYZ")]
    [InlineData("US")]
    [InlineData("dollars")]
    public void IsKnown_UnknownCode_IsFalse(string currency)
    {
        Assert.False(CurrencyRates.IsKnown(currency));
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("Eur")]
    public void IsKnown_LowerOrMixedCase_IsTrue(string currency)
    {
        Assert.True(CurrencyRates.IsKnown(currency));
    }

    [Fact]
    public void Convert_SameCurrency_ReturnsTheAmount()
    {
        Assert.Equal(123.45m, CurrencyRates.Convert(123.45m, "JPY", "jpy"));
    }

    [Fact]
    public void Convert_EuroToDollar_UsesTheTable()
    {
        Assert.Equal(116m, CurrencyRates.Convert(100m, "EUR", "USD"));
    }

    [Fact]
    public void Convert_CaseInsensitiveCodes_GiveTheSameResult()
    {
        Assert.Equal(CurrencyRates.Convert(100m, "GBP", "EUR"), CurrencyRates.Convert(100m, "gbp", "eur"));
    }

    [Theory]
    [InlineData("GBP", "INR")]
    [InlineData("JPY", "CHF")]
    [InlineData("AUD", "SEK")]
    public void Convert_ThereAndBack_ReturnsTheAmount(string from, string to)
    {
        var there = CurrencyRates.Convert(100_000m, from, to)!.Value;

        Assert.Equal(100_000m, Math.Round(CurrencyRates.Convert(there, to, from)!.Value, 6));
    }

    [Theory]
    [InlineData("XYZ", "USD")]
    [InlineData("USD", "XYZ")]
    [InlineData("", "USD")]
    public void Convert_UnknownCurrency_ReturnsNull(string from, string to)
    {
        Assert.Null(CurrencyRates.Convert(100m, from, to));
    }

    [Fact]
    public void Convert_Yen_IsWorthLessThanADollar()
    {
        Assert.InRange(CurrencyRates.Convert(1_000_000m, "JPY", "USD")!.Value, 3_000m, 12_000m);
    }

    [Fact]
    public void AsOf_IsInTheTablesYear()
    {
        Assert.Equal(2026, CurrencyRates.AsOf.Year);
    }
}
