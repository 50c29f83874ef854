using System.Buffers;
using System.Globalization;
using System.Text;

namespace JobSentinel.Core.Matching;

/// <summary>
/// Splits text into the tokens SQLite FTS5 indexes with <see cref="Fts5Tokenizer"/>, so matching in memory
/// agrees with the full-text index: letters, digits, '#' and '+' make tokens ("C#" → "c#", "C++" → "c++",
/// "node.js" → "node", "js"), everything else separates; case is folded and Latin diacritics removed
/// ("Café" → "cafe"; "ß", "ø" and "æ" stay).
/// </summary>
public static class TermTokens
{
    /// <summary>The FTS5 <c>tokenize</c> option these tokens reproduce.</summary>
    public const string Fts5Tokenizer = "unicode61 remove_diacritics 2 tokenchars '#+'";

    // A token is at most this long before it is folded on the heap rather than the stack.
    private const int StackTokenLength = 256;

    // Fold[c]: the character c becomes inside a token; Separator when c ends a token; Removed when c
    // belongs to the token but leaves no trace (a combining accent).
    private const char Separator = '\0';
    private const char Removed = '\u0001';

    private static readonly char[] Fold = BuildFoldTable();

    /// <summary>The tokens of <paramref name="text"/>, lower-case and without diacritics; empty for null or blank text.</summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        List<string> tokens = [];
        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i < span.Length; i++)
        {
            var width = TokenCharWidth(span, i);
            if (width > 0)
            {
                start = start < 0 ? i : start;
                i += width - 1;
            }
            else if (start >= 0)
            {
                AddFolded(tokens, span[start..i]);
                start = -1;
            }
        }

        if (start >= 0)
        {
            AddFolded(tokens, span[start..]);
        }

        return tokens;
    }

    /// <summary>True when <paramref name="phrase"/> occurs as consecutive tokens of <paramref name="tokens"/>.</summary>
    internal static bool ContainsPhrase(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase)
    {
        for (var start = 0; start <= tokens.Count - phrase.Count; start++)
        {
            var at = 0;
            while (at < phrase.Count && string.Equals(tokens[start + at], phrase[at], StringComparison.Ordinal))
            {
                at++;
            }

            if (at == phrase.Count)
            {
                return true;
            }
        }

        return false;
    }

    // 0 when text[i] separates tokens, else how many UTF-16 units the token character takes (2 for a surrogate pair).
    private static int TokenCharWidth(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (!char.IsHighSurrogate(c))
        {
            return Fold[c] == Separator ? 0 : 1;
        }

        if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
        {
            return 0;
        }

        return IsTokenCategory(Rune.GetUnicodeCategory(new Rune(c, text[i + 1]))) ? 2 : 0;
    }

    private static void AddFolded(List<string> tokens, ReadOnlySpan<char> run)
    {
        char[]? pooled = null;
        var buffer = run.Length <= StackTokenLength
            ? stackalloc char[StackTokenLength]
            : pooled = ArrayPool<char>.Shared.Rent(run.Length);
        var length = 0;
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            if (char.IsHighSurrogate(c))
            {
                // Folding never changes the length of a supplementary character.
                var lower = Rune.ToLowerInvariant(Rune.ToUpperInvariant(new Rune(c, run[++i])));
                length += lower.EncodeToUtf16(buffer[length..]);
            }
            else if (Fold[c] != Removed)
            {
                buffer[length++] = Fold[c];
            }
        }

        // FTS5 drops a token that folds to nothing (a lone accent).
        if (length > 0)
        {
            tokens.Add(new string(buffer[..length]));
        }

        if (pooled is not null)
        {
            ArrayPool<char>.Shared.Return(pooled);
        }
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = FoldOne((char)c);
        }

        return table;
    }

    private static char FoldOne(char c)
    {
        if (char.IsAscii(c))
        {
            return char.IsAsciiLetterOrDigit(c) || c is '#' or '+' ? char.ToLowerInvariant(c) : Separator;
        }

        if (IsFtsDiacritic(c))
        {
            return Removed;
        }

        var category = char.GetUnicodeCategory(c);
        if (!IsTokenCategory(category))
        {
            return Separator;
        }

        // Upper then lower approximates case folding: "ſ" → "s", "ς" → "σ", "µ" → "μ", as FTS5 folds them.
        var folded = char.ToLowerInvariant(char.ToUpperInvariant(c));
        return WithoutDiacritics(folded);
    }

    // FTS5 (remove_diacritics 2) maps a Latin letter to its ASCII base when the letter is that base plus
    // accents it knows; "ǡ" is the one such letter its table leaves alone.
    private static char WithoutDiacritics(char c)
    {
        var latin = c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF');
        if (!latin || c == '\u01E1')
        {
            return c;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length < 2 || !char.IsAsciiLetter(decomposed[0]))
        {
            return c;
        }

        foreach (var mark in decomposed.AsSpan(1))
        {
            if (!IsFtsDiacritic(mark))
            {
                return c;
            }
        }

        return char.ToLowerInvariant(decomposed[0]);
    }

    // FTS5 counts letters, numbers and private-use characters as token characters, and also code points that
    // Unicode 6.1 (its table) left unassigned; characters assigned since then as punctuation or symbols are the
    // only ones this treats differently.
    private static bool IsTokenCategory(UnicodeCategory category) => category
        is <= UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    // The combining accents FTS5 treats as part of a token and removes (sqlite3Fts5UnicodeIsdiacritic).
    private static bool IsFtsDiacritic(char c)
    {
        const uint low = 0x08029FDF;
        const uint high = 0x000361F8;
        return c switch
        {
            < '\u0300' or > '\u0331' => false,
            < '\u0320' => (low & (1u << (c - 0x300))) != 0,
            _ => (high & (1u << (c - 0x320))) != 0,
        };
    }
}
