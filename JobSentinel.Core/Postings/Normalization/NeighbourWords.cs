using System.Collections.Frozen;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>The words right around an amount that say it is not pay: "$10,000 signing bonus", "raised $12M".</summary>
internal static class NeighbourWords
{
    private const int WordsEachSide = 2;
    private const int MaxWordLength = 20;

    private static readonly FrozenSet<string> NotSalary = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "bonus", "budget", "stipend", "allowance", "relocation", "funding", "funded", "raised", "raise", "raising",
        "series", "seed", "valuation", "valued", "revenue", "revenues", "arr", "company", "business", "market",
        "gift", "credit", "credits", "reimbursement", "fee", "fees", "grant", "investment", "invested", "off",
        "prize", "referral", "signing", "sign-on", "learning", "education", "wellness", "equipment", "coworking", "worth");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        NotSalary.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool AreNotSalary(string text, int start, int end)
    {
        var position = end;
        for (var i = 0; i < WordsEachSide && TryNextWord(text, ref position, out var word); i++)
        {
            if (Lookup.Contains(word))
            {
                return true;
            }
        }

        position = start;
        for (var i = 0; i < WordsEachSide && TryPreviousWord(text, ref position, out var word); i++)
        {
            if (Lookup.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // Only spaces may separate the words: punctuation ends the neighbourhood ("$100k + bonus" is pay).
    private static bool TryNextWord(string text, ref int position, out ReadOnlySpan<char> word)
    {
        var start = position;
        while (start < text.Length && SalaryNumber.IsSpaceLike(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && end - start < MaxWordLength && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }

        word = text.AsSpan(start, end - start).Trim('-');
        position = end;
        return !word.IsEmpty;
    }

    private static bool TryPreviousWord(string text, ref int position, out ReadOnlySpan<char> word)
    {
        var end = position;
        while (end > 0 && SalaryNumber.IsSpaceLike(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && end - start < MaxWordLength && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        word = text.AsSpan(start, end - start);
        position = start;
        return !word.IsEmpty;
    }
}
