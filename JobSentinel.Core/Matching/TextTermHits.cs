namespace JobSentinel.Core.Matching;

/// <summary>
/// <see cref="ITermHits"/> over one posting's text in memory, with the whole-token semantics of the FTS5
/// index: a term (or one of its synonyms) hits when its tokens occur consecutively within the title, the
/// company or the description. Tokenizes once and remembers each term's answer; not thread-safe.
/// </summary>
public sealed class TextTermHits : ITermHits
{
    private readonly IReadOnlyList<string>[] _fields;
    private readonly HashSet<string> _allTokens;
    private readonly Dictionary<string, (bool Title, bool Text)> _hits = new(StringComparer.Ordinal);

    public TextTermHits(string title, string company, string? descriptionText)
    {
        _fields = [TermTokens.Tokenize(title), TermTokens.Tokenize(company), TermTokens.Tokenize(descriptionText)];
        _allTokens = new HashSet<string>(_fields.SelectMany(tokens => tokens), StringComparer.Ordinal);
    }

    public bool InTitle(string term) => Find(term).Title;

    public bool InText(string term) => Find(term).Text;

    private (bool Title, bool Text) Find(string term)
    {
        if (!_hits.TryGetValue(term, out var hit))
        {
            var alternatives = Synonyms.Alternatives(term)
                .Where(alternative => alternative.All(_allTokens.Contains))
                .ToList();
            var inTitle = alternatives.Any(alternative => TermTokens.ContainsPhrase(_fields[0], alternative));
            hit = (inTitle, inTitle || alternatives.Any(alternative => _fields.Skip(1).Any(field => TermTokens.ContainsPhrase(field, alternative))));
            _hits[term] = hit;
        }

        return hit;
    }
}
