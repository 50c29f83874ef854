using JobSentinel.Core.Postings;
using JobSentinel.Core.Postings.Normalization;

namespace JobSentinel.Tests.Unit.Postings.Normalization;

public sealed class SalaryAnnualizerTests
{
    [Theory]
    [InlineData(SalaryPeriod.Hour, 20_800)]
    [InlineData(SalaryPeriod.Day, 2_600)]
    [InlineData(SalaryPeriod.Week, 520)]
    [InlineData(SalaryPeriod.Month, 120)]
    [InlineData(SalaryPeriod.Year, 10)]
    public void Annualize_TenPerPeriod_MultipliesByTheFullTimeConvention(SalaryPeriod period, int yearly)
    {
        Assert.Equal(yearly, SalaryAnnualizer.Annualize(10m, period));
    }

    [Fact]
    public void AnnualizedMidpoint_Range_TakesTheMiddle()
    {
        Assert.Equal(90_000m, SalaryAnnualizer.AnnualizedMidpoint(new Salary(75_000m, 105_000m, "USD", SalaryPeriod.Year), "USD"));
    }

    [Theory]
    [InlineData(50_000, null)]
    [InlineData(null, 50_000)]
    public void AnnualizedMidpoint_OneBound_UsesIt(int? min, int? max)
    {
        Assert.Equal(50_000m, SalaryAnnualizer.AnnualizedMidpoint(new Salary(min, max, "USD", SalaryPeriod.Year), "USD"));
    }

    [Fact]
    public void AnnualizedMidpoint_HourlyRange_Annualizes()
    {
        Assert.Equal(41_600m, SalaryAnnualizer.AnnualizedMidpoint(new Salary(18m, 22m, "USD", SalaryPeriod.Hour), "USD"));
    }

    [Fact]
    public void AnnualizedMidpoint_OtherCurrency_Converts()
    {
        Assert.Equal(116_000m, SalaryAnnualizer.AnnualizedMidpoint(new Salary(90_000m, 110_000m, "EUR", SalaryPeriod.Year), "USD"));
    }

    [Fact]
    public void AnnualizedMidpoint_ConvertedValue_IsRoundedToCents()
    {
        var yearly = SalaryAnnualizer.AnnualizedMidpoint(new Salary(1_000_000m, 1_000_000m, "INR", SalaryPeriod.Year), "EUR")!.Value;

        Assert.Equal(yearly, Math.Round(yearly, 2));
    }

    [Theory]
    [InlineData("")]
    [InlineData("XYZ")]
    public void AnnualizedMidpoint_UnknownCurrency_ReturnsNull(string currency)
    {
        Assert.Null(SalaryAnnualizer.AnnualizedMidpoint(new Salary(50_000m, 60_000m, currency, SalaryPeriod.Year), "USD"));
    }

    [Fact]
    public void AnnualizedMidpoint_UnknownTargetCurrency_ReturnsNull()
    {
        Assert.Null(SalaryAnnualizer.AnnualizedMidpoint(new Salary(50_000m, 60_000m, "USD", SalaryPeriod.Year), "XYZ"));
    }

    [Fact]
    public void AnnualizedMidpoint_NoFigure_ReturnsNull()
    {
        Assert.Null(SalaryAnnualizer.AnnualizedMidpoint(new Salary(null, null, "USD", SalaryPeriod.Year), "USD"));
    }
}
