namespace JobSentinel.Core.Skills;

/// <summary>
/// The tokens skills are compared by: runs of letters, digits, '#' and '+', with a '.' kept when a letter or
/// digit follows it inside or at the start of a token (".NET", "Node.js", "ASP.NET"), lower-cased.
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

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inToken = i < text.Length && (IsTokenChar(text[i])
                || (text[i] == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                    && (start >= 0 || i == 0 || !char.IsLetterOrDigit(text[i - 1]))));
            if (inToken)
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                var original = text[start..i];
                tokens.Add(new Token(original, original.ToLowerInvariant()));
                start = -1;
            }
        }

        return tokens;
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '#' or '+';
}
