using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace JobSentinel.Core.Matching;

/// <summary>
/// Company names compared the way people write them: "ACME Corp." = "Acme", "The Walt Disney Company" =
/// "Walt Disney", "Booking.com" = "Booking", and a one-letter slip ("Gooogle") still matches.
/// </summary>
public static class CompanyNames
{
    // Similarity at which two names of at least MinFuzzyLength letters count as the same company.
    private const double FuzzyThreshold = 0.92;
    private const int MinFuzzyLength = 4;

    private static readonly FrozenSet<string> LegalSuffixes = FrozenSet.Create(
        StringComparer.Ordinal,
        "inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "gmbh", "kg", "ag", "sa", "sas", "sarl", "bv",
        "nv", "plc", "corp", "corporation", "co", "company", "oy", "oyj", "ab", "as", "srl", "pty", "pte");

    private static readonly string[] DomainEndings = [".com", ".io", ".ai"];

    private static readonly ConditionalWeakTable<IReadOnlyList<string>, string[]> PatternKeys = [];

    /// <summary>
    /// Lower-case words without diacritics, punctuation, a leading "the", trailing legal forms ("Inc.", "GmbH")
    /// or a trailing ".com"/".io"/".ai": "The ACME Company, Inc." → "acme"; "AT&amp;T" → "att".
    /// </summary>
    public static string Normalize(string name)
    {
        var text = name.Trim();
        foreach (var ending in DomainEndings)
        {
            if (text.Length > ending.Length && text.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^ending.Length];
                break;
            }
        }

        var words = Words(text);
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && LegalSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// True when both names normalise alike, when one is the other's leading words ("Acme" ~ "Acme Robotics
    /// GmbH"), or when names of four letters or more are nearly the same (Jaro-Winkler ≥ 0.92: "Gooogle" ~
    /// "Google", but "Meta" ≁ "Metabase").
    /// </summary>
    public static bool Matches(string company, string pattern) => MatchesNormalized(Normalize(company), Normalize(pattern));

    /// <summary>
    /// The first of <paramref name="patterns"/> (a profile's companies) that <see cref="Matches"/> the posting's company,
    /// or null. Rescoring asks this for every posting: the posting's company and each list's names are normalised once.
    /// </summary>
    internal static string? FirstMatch(PostingFeatures posting, IReadOnlyList<string> patterns)
    {
        var keys = PatternKeys.GetValue(patterns, list => [.. list.Select(Normalize)]);
        for (var i = 0; i < keys.Length; i++)
        {
            if (MatchesNormalized(posting.CompanyKey, keys[i]))
            {
                return patterns[i];
            }
        }

        return null;
    }

    private static bool MatchesNormalized(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return false;
        }

        return left == right
            || StartsWithWords(left, right)
            || StartsWithWords(right, left)
            || (Math.Min(left.Length, right.Length) >= MinFuzzyLength && JaroWinkler.Similarity(left, right) >= FuzzyThreshold);
    }

    private static bool StartsWithWords(string name, string prefix) =>
        name.Length > prefix.Length && name[prefix.Length] == ' ' && name.StartsWith(prefix, StringComparison.Ordinal);

    // Apostrophes, periods and ampersands join ("McDonald's" → "mcdonalds", "A.I." → "ai", "AT&T" → "att");
    // anything else that is not a letter or digit separates words.
    private static List<string> Words(string text)
    {
        List<string> words = [];
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' or '.' or '&' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
