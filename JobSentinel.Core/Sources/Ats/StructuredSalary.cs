using System.Globalization;
using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Sources.Ats;

/// <summary>
/// A board's structured pay range after the common rules: an amount of 0 means unknown, and a
/// currency or period without any amount is dropped.
/// </summary>
internal readonly record struct StructuredSalary(decimal? Min, decimal? Max, string? Currency, SalaryPeriod? Period)
{
    public static StructuredSalary From(decimal? min, decimal? max, string? currency, string? period)
    {
        var low = Known(min);
        var high = Known(max);
        if (low is null && high is null)
        {
            return default;
        }

        return new StructuredSalary(low, high, Iso4217(currency), ParsePeriod(period));
    }

    /// <summary>The amount when the board knows it: boards write 0 (or less) for "not stated".</summary>
    public static decimal? Known(decimal? amount) => amount > 0 ? amount : null;

    /// <summary>
    /// The period of a board's interval word: Lever "per-year-salary", "per-hour-wage"; Ashby "1 YEAR";
    /// Recruitee "month". A count other than one ("6 MONTH") describes no period and gives null.
    /// </summary>
    public static SalaryPeriod? ParsePeriod(string? text)
    {
        var value = text.AsSpan().Trim();
        if (value.IsEmpty)
        {
            return null;
        }

        if (char.IsAsciiDigit(value[0]))
        {
            var end = 0;
            while (end < value.Length && (char.IsAsciiDigit(value[end]) || value[end] == '.'))
            {
                end++;
            }

            if (!decimal.TryParse(value[..end], NumberStyles.Number, CultureInfo.InvariantCulture, out var count) || count != 1)
            {
                return null;
            }

            value = value[end..];
        }

        if (value.Contains("hour", StringComparison.OrdinalIgnoreCase))
        {
            return SalaryPeriod.Hour;
        }

        if (value.Contains("day", StringComparison.OrdinalIgnoreCase) || value.Contains("daily", StringComparison.OrdinalIgnoreCase))
        {
            return SalaryPeriod.Day;
        }

        // "Biweekly" pays every two weeks, which no single period describes.
        if (value.Contains("week", StringComparison.OrdinalIgnoreCase))
        {
            return value.Contains("bi", StringComparison.OrdinalIgnoreCase) ? null : SalaryPeriod.Week;
        }

        if (value.Contains("month", StringComparison.OrdinalIgnoreCase))
        {
            return SalaryPeriod.Month;
        }

        return value.Contains("year", StringComparison.OrdinalIgnoreCase) || value.Contains("annu", StringComparison.OrdinalIgnoreCase)
            ? SalaryPeriod.Year
            : null;
    }

    private static string? Iso4217(string? currency)
    {
        var value = currency.AsSpan().Trim();
        return value.Length == 3 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1]) && char.IsAsciiLetter(value[2])
            ? value.ToString().ToUpperInvariant()
            : null;
    }
}
