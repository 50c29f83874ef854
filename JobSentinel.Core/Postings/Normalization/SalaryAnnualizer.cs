namespace JobSentinel.Core.Postings.Normalization;

/// <summary>Turns salaries into one comparable yearly figure. Pure and thread-safe.</summary>
public static class SalaryAnnualizer
{
    // Full-time conventions: 40 h × 52 weeks, 5 days × 52 weeks.
    private const int HoursPerYear = 2080;
    private const int WorkDaysPerYear = 260;

    public static decimal Annualize(decimal amount, SalaryPeriod period) => period switch
    {
        SalaryPeriod.Hour => amount * HoursPerYear,
        SalaryPeriod.Day => amount * WorkDaysPerYear,
        SalaryPeriod.Week => amount * 52,
        SalaryPeriod.Month => amount * 12,
        _ => amount,
    };

    /// <summary>
    /// The yearly midpoint of the range (or its one bound) in <paramref name="toCurrency"/>, rounded to cents;
    /// null when the salary has no figure or either currency is unknown to <see cref="CurrencyRates"/>.
    /// </summary>
    public static decimal? AnnualizedMidpoint(Salary salary, string toCurrency)
    {
        ArgumentNullException.ThrowIfNull(salary);

        var midpoint = (salary.Min, salary.Max) switch
        {
            ({ } min, { } max) => (min + max) / 2,
            ({ } min, null) => min,
            (null, { } max) => max,
            _ => (decimal?)null,
        };

        if (midpoint is null)
        {
            return null;
        }

        var converted = CurrencyRates.Convert(Annualize(midpoint.Value, salary.Period), salary.Currency, toCurrency);
        return converted is null ? null : Math.Round(converted.Value, 2, MidpointRounding.AwayFromZero);
    }
}
