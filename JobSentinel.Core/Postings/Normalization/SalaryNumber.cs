namespace JobSentinel.Core.Postings.Normalization;

/// <summary>
/// Reads one number the way salaries are written around the world, digit by digit so the current
/// culture never matters: "1,234.56", "1.234,56", "120.000", "110'000", "120 000", "12,00,000".
/// </summary>
internal static class SalaryNumber
{
    private const int MaxGroups = 8;
    private const int MaxDigits = 18;

    /// <summary>
    /// Reads the number whose first digit is at <paramref name="start"/>. <paramref name="end"/> is always
    /// set past the characters that look like this number, so a caller can skip them even when the
    /// grouping is not a valid number ("123.456.7890").
    /// </summary>
    public static bool TryRead(string text, int start, out decimal value, out int end, out bool isPlainInteger)
    {
        Span<char> separators = stackalloc char[MaxGroups];
        Span<int> lengths = stackalloc int[MaxGroups];
        var firstLength = CountDigits(text, start);
        var groups = 0;
        var i = start + firstLength;

        while (groups < MaxGroups && i + 1 < text.Length && IsSeparator(text[i]) && char.IsAsciiDigit(text[i + 1]))
        {
            var length = CountDigits(text, i + 1);
            if (IsSpaceLike(text[i]) && (length != 3 || firstLength > 3))
            {
                break; // "30 1234567", "2024 100": two numbers, not one grouped number
            }

            separators[groups] = text[i];
            lengths[groups] = length;
            groups++;
            i += 1 + length;
        }

        end = i;
        value = 0;
        isPlainInteger = groups == 0;
        var leadingZero = firstLength == 1 && text[start] == '0';
        var fractionDigits = Interpret(separators[..groups], lengths[..groups], firstLength, leadingZero);
        if (fractionDigits < 0)
        {
            return false;
        }

        long digits = 0;
        var count = 0;
        for (var k = start; k < end; k++)
        {
            if (char.IsAsciiDigit(text[k]))
            {
                if (++count > MaxDigits)
                {
                    return false;
                }

                digits = (digits * 10) + (text[k] - '0');
            }
        }

        value = new decimal(digits) / Pow10(fractionDigits);
        return true;
    }

    /// <summary>How many of the trailing digits are decimals, or -1 when the grouping is not a number.</summary>
    private static int Interpret(ReadOnlySpan<char> separators, ReadOnlySpan<int> lengths, int firstLength, bool leadingZero)
    {
        if (separators.IsEmpty)
        {
            return 0;
        }

        var last = separators[^1];
        var allSame = !separators.ContainsAnyExcept(last);

        if (allSame)
        {
            if (IsGroupingOnly(last))
            {
                return IsWesternGrouping(lengths, firstLength) ? 0 : -1;
            }

            if (separators.Length == 1)
            {
                // One '.' or ',': three digits after it group thousands ("120.000", "1,234"), anything else
                // is a decimal part ("34.62", "1,5", "0.750").
                return lengths[0] == 3 && firstLength <= 3 && !leadingZero ? 0 : lengths[0];
            }

            return IsWesternGrouping(lengths, firstLength) || (last == ',' && IsIndianGrouping(lengths, firstLength)) ? 0 : -1;
        }

        // Two kinds: the last one, used once, is the decimal mark ("1,234.56", "1.234,56", "110'000.50").
        if (IsGroupingOnly(last) || lengths[^1] > 2)
        {
            return -1;
        }

        var grouping = separators[..^1];
        var groupLengths = lengths[..^1];
        if (grouping.ContainsAnyExcept(grouping[0]) || grouping[0] == last)
        {
            return -1;
        }

        var grouped = IsWesternGrouping(groupLengths, firstLength)
            || (grouping[0] == ',' && IsIndianGrouping(groupLengths, firstLength));
        return grouped ? lengths[^1] : -1;
    }

    private static bool IsWesternGrouping(ReadOnlySpan<int> lengths, int firstLength)
    {
        if (firstLength > 3)
        {
            return false;
        }

        foreach (var length in lengths)
        {
            if (length != 3)
            {
                return false;
            }
        }

        return true;
    }

    // Lakh/crore grouping: "12,00,000", "1,20,00,000".
    private static bool IsIndianGrouping(ReadOnlySpan<int> lengths, int firstLength)
    {
        if (firstLength > 2 || lengths[^1] != 3)
        {
            return false;
        }

        foreach (var length in lengths[..^1])
        {
            if (length != 2)
            {
                return false;
            }
        }

        return true;
    }

    private static int CountDigits(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    private static decimal Pow10(int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static bool IsSeparator(char c) => c is ',' or '.' or '\'' or '’' || IsSpaceLike(c);

    private static bool IsGroupingOnly(char c) => c is '\'' or '’' || IsSpaceLike(c);

    internal static bool IsSpaceLike(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';
}
