using System.Text.RegularExpressions;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>
/// Reads a salary from a board's salary field (<see cref="Parse"/>) or from description prose
/// (<see cref="FindInText"/>). Pure, thread-safe, culture-independent and linear in the text's length:
/// it only stops at digits and looks a bounded distance around each one.
/// </summary>
public static class SalaryParser
{
    private const int KeywordBefore = 80;
    private const int KeywordAfter = 30;
    private const int PeriodBefore = 60;
    private const int PeriodAfter = 30;
    private const int CurrencyBefore = 24;

    // Below this a figure with no stated period is an hourly rate (see InferPeriod).
    private const decimal HourlyCeiling = 500m;

    // Prose only: a lone amount with a currency but no range, scale, period or salary word must be
    // at least this large ("$50 gift card" is not a salary, "$85,000" is).
    private const decimal LoneAmountFloor = 10_000m;

    // Prose only: yearly US-dollar bounds outside which a figure is funding, revenue or a typo.
    private const decimal PlausibleYearlyUsdMin = 1_000m;
    private const decimal PlausibleYearlyUsdMax = 5_000_000m;

    /// <summary>
    /// Parses a salary field ("$75k - $105k", "120.000 - 140.000 € brutto/Jahr", "INR 12 LPA"). Null when
    /// the text holds no money: a figure needs a currency, a scale ("k", "LPA") or a period ("/hr") next to
    /// it, or else a currency or salary word elsewhere in the field ("Salary (EUR): 60.000"), so "5+ years",
    /// "2024" or "Competitive" give null.
    /// </summary>
    public static Salary? Parse(string? text) => Scan(text, SalaryScanMode.Field) ?? Scan(text, SalaryScanMode.FieldContext);

    /// <summary>
    /// Finds the first plausible salary in a description's plain text. A figure needs a currency next to it
    /// or a salary word ("salary", "compensation", "pay", "Gehalt", ...) close by, so "401(k) plan", "5+ years
    /// of experience", "a $12B company" or "$2,000 learning budget" never match.
    /// </summary>
    public static Salary? FindInText(string? text) => Scan(text, SalaryScanMode.Prose);

    private static Salary? Scan(string? text, SalaryScanMode mode)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var context = new SalaryScanContext(text, mode);
            var position = 0;
            while (position < text.Length)
            {
                var offset = text.AsSpan(position).IndexOfAnyInRange('0', '9');
                if (offset < 0)
                {
                    return null;
                }

                var start = position + offset;
                if (TryReadAt(context, start, out var resume) is { } salary)
                {
                    return salary;
                }

                position = Math.Max(resume, start + 1);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // The patterns are anchored and bounded, so this does not happen; if it did, there is no salary.
        }

        return null;
    }

    private static Salary? TryReadAt(SalaryScanContext context, int digitStart, out int resume)
    {
        var text = context.Text;
        var prose = context.Mode == SalaryScanMode.Prose;
        if (!SalaryAmount.TryRead(text, digitStart, standalone: true, out var first, out resume)
            || first.Number == 0
            || (prose && first.Currency is null && !SalaryPhrases.MayContinueAsRange(text, first.End)
                && !context.SalaryWordNear(first.Start - KeywordBefore, first.End + KeywordAfter))
            || SalaryPhrases.UnitAfter().IsMatch(text, first.End))
        {
            return null;
        }

        var end = first.End;
        var period = SalaryPhrases.ReadPeriod(text, ref end);
        var lead = SalaryPhrases.ReadLead(text, first.Start, out var leadStart);
        var second = ReadRangeEnd(text, end, lead, out var rangeEnd, out var rejected);
        if (rejected)
        {
            return null;
        }

        if (second is not null)
        {
            end = rangeEnd;
            period = SalaryPhrases.ReadPeriod(text, ref end) ?? period;
        }

        var (low, high, scaled) = SalaryAmount.Values(first, second);
        var currency = first.Currency ?? second?.Currency;
        if (currency is null && !scaled && first.IsYearLike && (second is null || second.Value.IsYearLike))
        {
            return null;
        }

        var perAnnumScale = first.Scale == AmountScale.LakhPerAnnum || second?.Scale == AmountScale.LakhPerAnnum;
        var stated = period ?? (perAnnumScale ? SalaryPeriod.Year : null);
        var reference = Math.Max(low, high);
        var evidence = context.Mode switch
        {
            SalaryScanMode.Field => currency is not null || scaled || stated is not null,
            SalaryScanMode.FieldContext => (currency ??= context.FieldCurrency) is not null || context.FieldHasSalaryWord,
            _ => IsPayInProse(context, currency is not null, second is not null, scaled || stated is not null, reference, leadStart, end),
        };

        if (!evidence)
        {
            return null;
        }

        // "Salary (USD): 120,000 - 150,000": in prose, a currency named just before the figures.
        if (currency is null && prose)
        {
            currency = CurrencyMarks.FindAnywhere(text, leadStart - CurrencyBefore, leadStart);
        }

        if (currency is null && SalaryAmount.IsIndianScale(first, second))
        {
            currency = "INR";
        }

        var salaryPeriod = stated ?? NearbyPeriodOf(text, prose, first.Start, end) ?? InferPeriod(reference, scaled);
        var salary = ToSalary(first, second, lead, low, high, currency ?? "", salaryPeriod);
        return salary is not null && (!prose || IsPlausible(salary)) ? salary : null;
    }

    private static SalaryPeriod? NearbyPeriodOf(string text, bool prose, int start, int end) => prose
        ? SalaryPhrases.NearbyPeriod(text, start - PeriodBefore, end + PeriodAfter)
        : SalaryPhrases.NearbyPeriod(text, 0, text.Length);

    // In prose a figure is pay when it carries a currency and the shape of pay (a range, a scale, a period,
    // a salary word close by, or a large amount), or, without a currency, a salary word close by and a
    // scale, a period or a figure in the thousands; and when the words around it are not "bonus" or "raised".
    private static bool IsPayInProse(SalaryScanContext context, bool hasCurrency, bool isRange, bool scaledOrPeriod, decimal reference, int start, int end)
    {
        var pay = hasCurrency
            ? isRange || scaledOrPeriod || reference >= LoneAmountFloor || context.SalaryWordNear(start - KeywordBefore, end + KeywordAfter)
            : (scaledOrPeriod || reference >= 1_000m) && context.SalaryWordNear(start - KeywordBefore, end + KeywordAfter);
        return pay && !NeighbourWords.AreNotSalary(context.Text, start, end);
    }

    private static SalaryAmount? ReadRangeEnd(string text, int end, AmountBound lead, out int rangeEnd, out bool rejected)
    {
        rangeEnd = end;
        rejected = false;
        var separator = SalaryPhrases.RangeSeparator().Match(text, end);
        if (!separator.Success || (separator.Groups["and"].Success && lead != AmountBound.Between))
        {
            return null;
        }

        var afterSeparator = separator.Index + separator.Length;
        var digit = SalaryPhrases.SkipToDigit(text, afterSeparator);
        if (digit < 0
            || !SalaryAmount.TryRead(text, digit, standalone: false, out var second, out _)
            || second.Start < afterSeparator)
        {
            return null;
        }

        // "555-123-4567" is a phone number and "3-5 years" a duration, not a range of money.
        var chained = second.End + 1 < text.Length && text[second.End] == '-' && char.IsAsciiDigit(text[second.End + 1]);
        rejected = chained || SalaryPhrases.UnitAfter().IsMatch(text, second.End);
        rangeEnd = second.End;
        return second;
    }

    private static Salary? ToSalary(SalaryAmount first, SalaryAmount? second, AmountBound lead, decimal low, decimal high, string currency, SalaryPeriod period)
    {
        if (low <= 0 || high <= 0)
        {
            return null;
        }

        // Drop the trailing zeros scaling leaves behind ("1,5k" is 1500, not 1500.0).
        low /= 1.000000000000000000000000000000000m;
        high /= 1.000000000000000000000000000000000m;

        if (second is not null)
        {
            return low <= high ? new Salary(low, high, currency, period) : new Salary(high, low, currency, period);
        }

        return lead switch
        {
            AmountBound.Upper => new Salary(null, high, currency, period),
            AmountBound.Lower => new Salary(low, null, currency, period),
            _ when first.OpenEnded => new Salary(low, null, currency, period),
            _ => new Salary(low, high, currency, period),
        };
    }

    // The rule when nothing states the period: a figure under 500 (with no "k"/"m" scale) is an hourly rate;
    // anything else is a yearly salary. Monthly, weekly and daily figures are only taken as such when a
    // period is written next to them ("/month", "per day") or near them ("Monthly salary: 4.000 €"), see
    // NearbyPeriod: a bare 4,000 or 20,000 is far more often a yearly figure in a low-wage currency than a
    // month's pay.
    private static SalaryPeriod InferPeriod(decimal reference, bool scaled) =>
        !scaled && reference < HourlyCeiling ? SalaryPeriod.Hour : SalaryPeriod.Year;

    private static bool IsPlausible(Salary salary)
    {
        var low = salary.Min ?? salary.Max!.Value;
        var high = salary.Max ?? salary.Min!.Value;
        var lowUsd = CurrencyRates.Convert(SalaryAnnualizer.Annualize(low, salary.Period), salary.Currency, "USD");
        var highUsd = CurrencyRates.Convert(SalaryAnnualizer.Annualize(high, salary.Period), salary.Currency, "USD");
        return lowUsd is null || (lowUsd >= PlausibleYearlyUsdMin && highUsd <= PlausibleYearlyUsdMax);
    }
}
