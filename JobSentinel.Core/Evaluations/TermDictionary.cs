using System.Collections.Concurrent;

namespace JobSentinel.Core.Evaluations;

/// <summary>
/// Numbers the terms the soft match compares: each lower-case token is stemmed once and mapped to a term id,
/// and later lookups of the same token (as a span, without allocating) return that id. Shared by the
/// threads of a ranking run; -1 stands for a token that is no term (stop word, number, single letter).
/// </summary>
internal sealed class TermDictionary
{
    public const int NoTerm = -1;

    private readonly ConcurrentDictionary<string, int> _byToken;
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byTokenSpan;
    private readonly ConcurrentDictionary<string, int> _byTerm = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, string> _terms = new();
    private readonly ConcurrentDictionary<string, int[]> _skillWords = new(StringComparer.Ordinal);
    private int _next;

    public TermDictionary()
    {
        _byToken = new(StringComparer.Ordinal);
        _byTokenSpan = _byToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _terms.Count;

    /// <summary>One more than the largest id handed out: the length of an array indexed by term id.</summary>
    public int Capacity => Volatile.Read(ref _next);

    /// <summary>The term id of a folded (lower-case) token.</summary>
    public int IdOfToken(ReadOnlySpan<char> folded)
    {
        if (_byTokenSpan.TryGetValue(folded, out var id))
        {
            return id;
        }

        var token = folded.ToString();
        return _byToken.GetOrAdd(token, t => TermOf(t) is { } term ? IdOfTerm(term) : NoTerm);
    }

    /// <summary>The id of a term given as is (already stemmed, or a skill's pseudo-term).</summary>
    public int IdOfTerm(string term) => _byTerm.GetOrAdd(term, t =>
    {
        var id = Interlocked.Increment(ref _next) - 1;
        _terms[id] = t;
        return id;
    });

    /// <summary>The term ids of the words of a skill's name ("Responsive Design" → respons, design), cached.</summary>
    public int[] WordsOf(string skillName) => _skillWords.GetOrAdd(skillName, static (name, terms) =>
        [.. Skills.SkillText.Tokenize(name).Select(w => terms.IdOfToken(w)).Where(id => id != NoTerm)], this);

    public string TermOf(int id) => _terms[id];

    /// <summary>The pseudo-term that stands for a taxonomy skill, whatever alias the text used.</summary>
    public static string SkillTerm(string skillName) => "skill:" + skillName.ToLowerInvariant();

    private static string? TermOf(string token)
    {
        if (token.Length < 2 || StopWords.IsEnglish(token) || token.All(char.IsAsciiDigit))
        {
            return null;
        }

        // Tokens with digits or symbols ("html5", "c#", "node.js") are names: kept as written.
        if (!token.All(char.IsAsciiLetterLower))
        {
            return token.Any(char.IsLetter) ? token : null;
        }

        var stem = PorterStemmer.Stem(token);
        return StopWords.IsGenericStem(stem) ? null : stem;
    }
}
