namespace JobSentinel.Core.Postings.Normalization;

internal enum AmountScale
{
    None,
    Thousand,
    Million,
    Lakh,
    LakhPerAnnum,
    Crore,
}

/// <summary>One written amount: optional currency, number, optional scale ("k", "LPA"), optional "+".</summary>
internal readonly record struct SalaryAmount(
    int Start, int End, decimal Number, AmountScale Scale, string? Currency, bool OpenEnded, bool IsPlainInteger)
{
    /// <summary>A bare 1900–2100 reads as a year ("since 2024"), never as money without a currency.</summary>
    public bool IsYearLike => Scale == AmountScale.None && IsPlainInteger && Number is >= 1900 and <= 2100;

    /// <summary>
    /// Reads the amount whose number starts at <paramref name="digitStart"/>; <paramref name="tokenEnd"/> is past
    /// the number even when it is rejected. A <paramref name="standalone"/> amount must not be glued to a word
    /// ("ICD-10", "v2", "UTC+3").
    /// </summary>
    public static bool TryRead(string text, int digitStart, bool standalone, out SalaryAmount amount, out int tokenEnd)
    {
        amount = default;
        var valid = SalaryNumber.TryRead(text, digitStart, out var number, out var end, out var plain);
        tokenEnd = end;
        if (!valid)
        {
            return false;
        }

        var hasPrefix = CurrencyMarks.TryReadBefore(text, digitStart, out var prefix, out var start);
        if ((!hasPrefix && standalone && IsGluedToWord(text, digitStart)) || !TryReadScale(text, end, out var scale, out end))
        {
            return false;
        }

        // "401k", "403b", "457" plans: benefits, not pay.
        if (scale == AmountScale.Thousand && !hasPrefix && plain && number is 401 or 403 or 457)
        {
            return false;
        }

        start = hasPrefix ? start : digitStart;
        var currency = hasPrefix ? prefix : null;
        if (CurrencyMarks.TryReadAfter(text, end, out var suffix, out var afterSuffix))
        {
            currency ??= suffix;
            end = afterSuffix;
        }

        var openEnded = end < text.Length && text[end] == '+';
        amount = new SalaryAmount(start, openEnded ? end + 1 : end, number, scale, currency, openEnded, plain);
        return true;
    }

    /// <summary>
    /// The scaled values of a single amount or a range. A scale written once applies to both ends:
    /// "100-150K" is 100K-150K, "12-18 LPA" is 12-18 lakh.
    /// </summary>
    public static (decimal Low, decimal High, bool Scaled) Values(SalaryAmount first, SalaryAmount? second)
    {
        if (second is not { } other)
        {
            var value = first.Number * Factor(first.Scale);
            return (value, value, first.Scale != AmountScale.None);
        }

        var firstScale = first.Scale;
        var secondScale = other.Scale;
        if (firstScale == AmountScale.None && secondScale != AmountScale.None && first.Number < 1000 && first.Number <= other.Number)
        {
            firstScale = secondScale;
        }
        else if (secondScale == AmountScale.None && firstScale != AmountScale.None && other.Number < 1000 && other.Number >= first.Number)
        {
            secondScale = firstScale;
        }

        return (first.Number * Factor(firstScale), other.Number * Factor(secondScale),
            firstScale != AmountScale.None || secondScale != AmountScale.None);
    }

    public static bool IsIndianScale(SalaryAmount first, SalaryAmount? second) =>
        first.Scale is AmountScale.Lakh or AmountScale.LakhPerAnnum or AmountScale.Crore
        || second?.Scale is AmountScale.Lakh or AmountScale.LakhPerAnnum or AmountScale.Crore;

    private static decimal Factor(AmountScale scale) => scale switch
    {
        AmountScale.Thousand => 1_000m,
        AmountScale.Million => 1_000_000m,
        AmountScale.Lakh or AmountScale.LakhPerAnnum => 100_000m,
        AmountScale.Crore => 10_000_000m,
        _ => 1m,
    };

    private static bool IsGluedToWord(string text, int digitStart)
    {
        if (digitStart == 0)
        {
            return false;
        }

        var previous = text[digitStart - 1];
        return char.IsLetterOrDigit(previous) || previous == '_'
            || (previous is '-' or '+' or '/' or '.' or ',' or '#' && digitStart >= 2 && char.IsLetterOrDigit(text[digitStart - 2]));
    }

    // A scale word right after the number ("75k", "1.5M", "12 LPA", "2 lakh"). Letters glued to the number
    // that are neither a scale nor a currency make it something else ("5PM", "3D", "$12B", "10x").
    private static bool TryReadScale(string text, int position, out AmountScale scale, out int end)
    {
        scale = AmountScale.None;
        end = position;
        if (position >= text.Length)
        {
            return true;
        }

        var c = text[position];
        if (c == '(' && position + 2 < text.Length && text[position + 2] == ')' && text[position + 1] is 'k' or 'K' or 'b' or 'B')
        {
            return false; // 401(k), 403(b)
        }

        var glued = char.IsLetter(c);
        var wordStart = position;
        if (!glued)
        {
            if (!SalaryNumber.IsSpaceLike(c) || position + 1 >= text.Length || !char.IsLetter(text[position + 1]))
            {
                return true;
            }

            wordStart = position + 1;
        }

        var wordEnd = wordStart;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        if (IsBillion(word))
        {
            return false;
        }

        scale = ScaleOf(word, glued);
        if (scale != AmountScale.None)
        {
            end = wordEnd;
            return true;
        }

        return !glued || CurrencyMarks.IsCurrencyWord(word);
    }

    private static AmountScale ScaleOf(ReadOnlySpan<char> word, bool glued)
    {
        if (glued && word is "m" or "M" or "mm" or "MM" or "mn" or "Mn")
        {
            return AmountScale.Million;
        }

        if (glued && word is "L")
        {
            return AmountScale.Lakh;
        }

        Span<char> lower = stackalloc char[12];
        if (word.Length > lower.Length)
        {
            return AmountScale.None;
        }

        word.ToLowerInvariant(lower);
        return lower[..word.Length] switch
        {
            "k" or "thousand" => AmountScale.Thousand,
            "mio" or "million" or "millions" => AmountScale.Million,
            "lakh" or "lakhs" or "lac" or "lacs" => AmountScale.Lakh,
            "lpa" => AmountScale.LakhPerAnnum,
            "crore" or "crores" or "cr" => AmountScale.Crore,
            _ => AmountScale.None,
        };
    }

    private static bool IsBillion(ReadOnlySpan<char> word) =>
        word.Equals("b", StringComparison.OrdinalIgnoreCase)
        || word.Equals("bn", StringComparison.OrdinalIgnoreCase)
        || word.Equals("billion", StringComparison.OrdinalIgnoreCase)
        || word.Equals("billions", StringComparison.OrdinalIgnoreCase);
}
