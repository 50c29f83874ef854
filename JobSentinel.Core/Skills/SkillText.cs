namespace JobSentinel.Core.Skills;

/// <summary>
/// The tokens skills are compared by: runs of letters, digits, '#' and '+', with a '.' kept when a letter or
/// digit follows it inside or at the start of a token (".NET", "Node.js", "ASP.NET"), and a '&amp;' kept between
/// letters after at most two of them ("R&amp;D", "P&amp;L", "M&amp;A", so that "R&amp;D" is not the language R), lower-cased.
/// </summary>
public static class SkillText
{
    public readonly record struct Token(string Original, string Folded);

    public static IReadOnlyList<string> Tokenize(string? text) => [.. TokenizeWithCase(text).Select(t => t.Folded)];

    public static IReadOnlyList<Token> TokenizeWithCase(string? text)
    {
        List<Token> tokens = [];
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var rest = text.AsSpan();
        var offset = 0;
        while (NextToken(rest, ref offset) is var (start, length) && length > 0)
        {
            var original = text.Substring(start, length);
            tokens.Add(new Token(original, original.ToLowerInvariant()));
        }

        return tokens;
    }

    /// <summary>
    /// The next token at or after <paramref name="offset"/>, as (start, length); length 0 when there is none.
    /// Moves <paramref name="offset"/> past the token. Allocation-free, for the matcher's hot loop.
    /// </summary>
    internal static (int Start, int Length) NextToken(ReadOnlySpan<char> text, ref int offset)
    {
        var start = -1;
        for (var i = offset; i <= text.Length; i++)
        {
            if (i < text.Length && InToken(text, i, start))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                offset = i;
                return (start, i - start);
            }
        }

        offset = text.Length;
        return (0, 0);
    }

    private static bool InToken(ReadOnlySpan<char> text, int i, int start)
    {
        var c = text[i];
        if (IsTokenChar(c))
        {
            return true;
        }

        var nextIsLetterOrDigit = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        return c switch
        {
            '.' => nextIsLetterOrDigit && (start >= 0 || i == 0 || !char.IsLetterOrDigit(text[i - 1])),
            '&' => nextIsLetterOrDigit && start >= 0 && i - start <= 2 && char.IsLetterOrDigit(text[i - 1]),
            _ => false,
        };
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '#' or '+';
}
