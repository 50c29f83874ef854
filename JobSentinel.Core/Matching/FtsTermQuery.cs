namespace JobSentinel.Core.Matching;

/// <summary>
/// The FTS5 MATCH expression for a profile term and its synonyms, each alternative a quoted phrase:
/// "k8s" → <c>("k8s" OR "kubernetes")</c>, "ML" → <c>("ml" OR "machine learning")</c>, "rust" → <c>"rust"</c>;
/// with a column, <c>Title : ("k8s" OR "kubernetes")</c>. Meant for a table tokenized with
/// <see cref="TermTokens.Fts5Tokenizer"/>, so it finds what <see cref="TextTermHits"/> finds.
/// </summary>
public static class FtsTermQuery
{
    /// <summary>The expression, or null when <paramref name="term"/> has no tokens.</summary>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not a plain column name.</exception>
    public static string? Build(string term, string? column = null)
    {
        if (column is not null && !IsColumnName(column))
        {
            throw new ArgumentException($"'{column}' is not a column name.", nameof(column));
        }

        var phrases = Synonyms.Alternatives(term)
            .Select(tokens => "\"" + string.Join(' ', tokens.Select(token => token.Replace("\"", "", StringComparison.Ordinal))) + "\"")
            .ToList();
        if (phrases.Count == 0)
        {
            return null;
        }

        var expression = phrases.Count == 1 ? phrases[0] : "(" + string.Join(" OR ", phrases) + ")";
        return column is null ? expression : column + " : " + expression;
    }

    private static bool IsColumnName(string column) =>
        column.Length > 0 && (char.IsAsciiLetter(column[0]) || column[0] == '_') && column.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
