using System.Collections.Frozen;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>Recognises the currency written next to an amount: a symbol ("$", "CA$", "€"), a code or a word.</summary>
internal static class CurrencyMarks
{
    private const int MaxWordLength = 8;

    // Letters written before "$": US$, CA$, C$, A$, NZ$, ...; a bare "$" is the US dollar.
    private static readonly FrozenDictionary<string, string> DollarPrefixes = new Dictionary<string, string>
    {
        [""] = "USD", ["US"] = "USD", ["USD"] = "USD",
        ["C"] = "CAD", ["CA"] = "CAD", ["CAD"] = "CAD",
        ["A"] = "AUD", ["AU"] = "AUD", ["AUD"] = "AUD",
        ["NZ"] = "NZD", ["NZD"] = "NZD",
        ["S"] = "SGD", ["SG"] = "SGD", ["SGD"] = "SGD",
        ["HK"] = "HKD", ["HKD"] = "HKD",
        ["NT"] = "TWD", ["TW"] = "TWD",
        ["R"] = "BRL",
        ["MX"] = "MXN", ["MXN"] = "MXN",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Codes are matched in capitals only: lower-case "cad" or "try" next to a number is a word more
    // often than money. Spelled-out words match in any case.
    private static readonly FrozenDictionary<string, string> Codes = CurrencyRates.Currencies
        .Concat(["TRY", "RUB", "UAH", "NGN", "KES", "EGP", "ARS", "CLP", "COP", "PEN", "VND", "BGN", "PKR"])
        .Select(code => KeyValuePair.Create(code, code))
        .Append(KeyValuePair.Create("RMB", "CNY"))
        .Append(KeyValuePair.Create("Rs", "INR"))
        .Append(KeyValuePair.Create("Ft", "HUF"))
        .ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>
    {
        ["euro"] = "EUR", ["euros"] = "EUR",
        ["dollar"] = "USD", ["dollars"] = "USD",
        ["rupee"] = "INR", ["rupees"] = "INR",
        ["yen"] = "JPY", ["yuan"] = "CNY",
        ["zł"] = "PLN", ["zloty"] = "PLN",
        ["kč"] = "CZK",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DollarPrefixLookup =
        DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CodeLookup =
        Codes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The currency written just before <paramref name="digitStart"/> (one space allowed between).</summary>
    public static bool TryReadBefore(string text, int digitStart, out string code, out int start)
    {
        code = "";
        start = digitStart;
        var p = digitStart;
        if (p > 0 && SalaryNumber.IsSpaceLike(text[p - 1]))
        {
            p--;
        }

        if (p == 0)
        {
            return false;
        }

        var c = text[p - 1];
        if (c == '$')
        {
            code = ResolveDollar(text, p - 1, out start);
            return true;
        }

        if (Symbol(c) is { } symbol)
        {
            code = c == '¥' && p >= 3 && text.AsSpan(p - 3, 2) is "CN" ? "CNY" : symbol;
            start = p - 1;
            return true;
        }

        var wordEnd = c == '.' && p >= 3 && text.AsSpan(p - 3, 2) is "Rs" ? p - 1 : p; // "Rs. 50,000"
        var wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart < MaxWordLength && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart == wordEnd || (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1])))
        {
            return false;
        }

        if (!TryWord(text.AsSpan(wordStart, wordEnd - wordStart), out code))
        {
            return false;
        }

        start = wordStart;
        return true;
    }

    /// <summary>The currency written just after an amount ending at <paramref name="position"/>.</summary>
    public static bool TryReadAfter(string text, int position, out string code, out int end)
    {
        code = "";
        end = position;
        var p = position;
        if (p < text.Length && SalaryNumber.IsSpaceLike(text[p]))
        {
            p++;
        }

        if (p >= text.Length)
        {
            return false;
        }

        var c = text[p];
        if (c == '$' || Symbol(c) is not null)
        {
            code = Symbol(c) ?? "USD";
            end = p + 1;
            return true;
        }

        var wordEnd = p;
        while (wordEnd < text.Length && wordEnd - p < MaxWordLength && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == p || (wordEnd < text.Length && char.IsLetterOrDigit(text[wordEnd])))
        {
            return false;
        }

        if (!TryWord(text.AsSpan(p, wordEnd - p), out code))
        {
            return false;
        }

        end = wordEnd;
        return true;
    }

    /// <summary>The first currency mentioned in a short salary field or window ("Salary (EUR): 60.000").</summary>
    public static string? FindAnywhere(string text) => FindAnywhere(text, 0, text.Length);

    public static string? FindAnywhere(string text, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(text.Length, to); i++)
        {
            var c = text[i];
            if (c == '$')
            {
                return ResolveDollar(text, i, out _);
            }

            if (Symbol(c) is { } symbol)
            {
                return symbol;
            }

            if (char.IsLetter(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                if ((end >= text.Length || text[end] != '$') && TryWord(text.AsSpan(i, end - i), out var code))
                {
                    return code;
                }

                i = end - 1;
            }
        }

        return null;
    }

    public static bool IsCurrencyWord(ReadOnlySpan<char> word) => TryWord(word, out _);

    private static bool TryWord(ReadOnlySpan<char> word, out string code)
    {
        if (word.Length <= MaxWordLength
            && (CodeLookup.TryGetValue(word, out code!) || WordLookup.TryGetValue(word, out code!)))
        {
            return true;
        }

        code = "";
        return false;
    }

    private static string ResolveDollar(string text, int dollar, out int start)
    {
        var letters = dollar;
        while (letters > 0 && dollar - letters < 3 && char.IsAsciiLetterUpper(text[letters - 1]))
        {
            letters--;
        }

        if (letters < dollar
            && (letters == 0 || !char.IsLetterOrDigit(text[letters - 1]))
            && DollarPrefixLookup.TryGetValue(text.AsSpan(letters, dollar - letters), out var code))
        {
            start = letters;
            return code;
        }

        start = dollar;
        return "USD";
    }

    private static string? Symbol(char c) => c switch
    {
        '€' => "EUR",
        '£' => "GBP",
        '₹' => "INR",
        '¥' or '￥' => "JPY",
        '₪' => "ILS",
        '₩' => "KRW",
        '₱' => "PHP",
        '฿' => "THB",
        '₺' => "TRY",
        '₴' => "UAH",
        '₦' => "NGN",
        '₫' => "VND",
        _ => null,
    };
}
