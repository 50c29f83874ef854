using System.Collections.Frozen;
using System.Text.Json;

namespace JobSentinel.Core.Skills;

/// <summary>
/// The skills the app recognises, with their aliases and related skills, and the matcher that finds them
/// in text. Names and aliases are compared by <see cref="SkillText.Tokenize"/> tokens, so case and most
/// punctuation never matter ("Node.JS" = "node.js"), with two exceptions that keep prose from reading as skills:
/// one- and two-letter terms ("Go", "R", "C") only match when written with a capital and not glued to a hyphen
/// ("C-suite", "Go-to-market") or, for one letter, a full stop (the initial in "Harvey C. Dent"); and terms the
/// data lists as capitalised-only ("Excel", "React", "Spark": ordinary words in lower case) only match when
/// capitalised. A word ending in "s" that is not a term token is also tried without it ("REST APIs", "data pipelines").
/// The longest term starting at a token wins, so "Spring Boot" is found rather than a shorter term inside it.
/// </summary>
public sealed class SkillTaxonomy
{
    private const string ResourceName = "JobSentinel.Core.Skills.skills.json";

    /// <summary>Longer tokens than any term has are never looked up.</summary>
    private const int MaxTokenLength = 64;

    private static readonly Lazy<SkillTaxonomy> Default = new(() => Load(OpenResource()));

    private readonly FrozenDictionary<string, Skill> byKey;
    private readonly FrozenDictionary<string, Skill> byName;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> tokenIds;
    private readonly Term[][] termsByFirstToken;

    public SkillTaxonomy(IEnumerable<Skill> skills)
        : this(skills, [])
    {
    }

    /// <param name="skills">The skills, most common first: when two claim the same term, the first keeps it.</param>
    /// <param name="capitalisedOnly">One-token terms that only match when written with a capital ("Excel", "React").</param>
    public SkillTaxonomy(IEnumerable<Skill> skills, IEnumerable<string> capitalisedOnly)
    {
        var capitalised = capitalisedOnly.Select(Key).ToHashSet(StringComparer.Ordinal);
        Dictionary<string, Skill> keys = new(StringComparer.Ordinal);
        Dictionary<string, Skill> names = new(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
        List<Skill> ordered = [];
        List<Term> terms = [];
        foreach (var skill in skills)
        {
            if (!names.TryAdd(skill.Name, skill))
            {
                throw new InvalidDataException($"The skills taxonomy lists '{skill.Name}' twice.");
            }

            ordered.Add(skill);
            foreach (var term in skill.Aliases.Prepend(skill.Name))
            {
                var tokens = SkillText.Tokenize(term);
                var key = string.Join(' ', tokens);
                if (key.Length == 0 || !keys.TryAdd(key, skill))
                {
                    continue;
                }

                var ids = tokens.Select(t => vocabulary.TryGetValue(t, out var id) ? id : vocabulary[t] = vocabulary.Count).ToArray();
                var isShort = ids.Length == 1 && tokens[0].Length <= 2;
                terms.Add(new Term(ids, skill, isShort || (ids.Length == 1 && capitalised.Contains(key)), isShort));
                LongestTerm = Math.Max(LongestTerm, ids.Length);
            }
        }

        byKey = keys.ToFrozenDictionary(StringComparer.Ordinal);
        byName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        tokenIds = vocabulary.Where(t => t.Key.Length <= MaxTokenLength).ToFrozenDictionary(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        termsByFirstToken = new Term[vocabulary.Count][];
        foreach (var group in terms.GroupBy(t => t.Tokens[0]))
        {
            termsByFirstToken[group.Key] = [.. group.OrderByDescending(t => t.Tokens.Length)];
        }

        Skills = ordered;
    }

    public IReadOnlyList<Skill> Skills { get; }

    public int Count => Skills.Count;

    /// <summary>Most tokens a name or alias has; the matcher never looks at longer phrases.</summary>
    public int LongestTerm { get; }

    /// <summary>The taxonomy shipped with the app, loaded once.</summary>
    public static SkillTaxonomy LoadDefault() => Default.Value;

    /// <summary>Reads a taxonomy in the format of the shipped <c>skills.json</c>.</summary>
    public static SkillTaxonomy Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<TaxonomyFile>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("The skills taxonomy is empty.");
        return new SkillTaxonomy(
            file.Skills.Select(s => new Skill(s.Name, s.Category, s.Aliases ?? [], s.Related ?? [])),
            file.CapitalisedOnly ?? []);
    }

    /// <summary>The skill a name or alias stands for ("k8s" → Kubernetes), or null.</summary>
    public Skill? Find(string nameOrAlias)
    {
        if (byName.TryGetValue(nameOrAlias, out var skill))
        {
            return skill;
        }

        return byKey.GetValueOrDefault(Key(nameOrAlias));
    }

    /// <summary>The related skills of <paramref name="skillName"/> that are themselves in the taxonomy.</summary>
    public IReadOnlyList<Skill> RelatedTo(string skillName) =>
        Find(skillName) is { } skill
            ? [.. skill.Related.Select(Find).OfType<Skill>().Where(r => r != skill).Distinct()]
            : [];

    /// <summary>Every skill mentioned in <paramref name="text"/>, in order of first mention, with that line as evidence.</summary>
    public IReadOnlyList<SkillMention> FindIn(string text)
    {
        List<SkillMention> found = [];
        HashSet<Skill> seen = [];
        List<TextToken> tokens = [];
        var previous = ReadOnlySpan<char>.Empty;
        var previousFreeFrom = 0; // the previous line's tokens from here on are not part of a skill found there
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                previous = line;
                continue;
            }

            if (!previous.IsEmpty && LongestTerm > 1)
            {
                FindAcrossWrap(previous, previousFreeFrom, line, tokens, seen, found);
            }

            ReadTokens(line, tokens);
            string? evidence = null;
            previousFreeFrom = 0;
            for (var start = 0; start < tokens.Count;)
            {
                var term = LongestTermAt(line, tokens, start);
                if (term is null)
                {
                    start++;
                    continue;
                }

                if (seen.Add(term.Skill))
                {
                    evidence ??= line.ToString();
                    found.Add(new SkillMention(term.Skill.Name, evidence));
                }

                start += term.Tokens.Length;
                previousFreeFrom = start;
            }

            previous = line;
        }

        return found;
    }

    // A phrase a PDF wrapped over two lines ("conflict" / "resolution"): the same CV must yield the same skills
    // whatever its line width. Only terms that start on the previous line's last words and end on this line count.
    private void FindAcrossWrap(
        ReadOnlySpan<char> previous, int freeFrom, ReadOnlySpan<char> line, List<TextToken> tokens, HashSet<Skill> seen, List<SkillMention> found)
    {
        ReadTokens(previous, tokens);
        var tailTokens = Math.Min(tokens.Count - freeFrom, LongestTerm - 1);
        if (tailTokens <= 0)
        {
            return;
        }

        var joined = string.Concat(previous[tokens[^tailTokens].Start..], " ", line);
        ReadTokens(joined, tokens);
        for (var start = 0; start < tailTokens && start < tokens.Count; start++)
        {
            if (LongestTermAt(joined, tokens, start) is { } term && start + term.Tokens.Length > tailTokens && seen.Add(term.Skill))
            {
                found.Add(new SkillMention(term.Skill.Name, string.Concat(previous, " ", line)));
            }
        }
    }

    private void ReadTokens(ReadOnlySpan<char> line, List<TextToken> tokens)
    {
        tokens.Clear();
        Span<char> folded = stackalloc char[MaxTokenLength];
        var offset = 0;
        while (SkillText.NextToken(line, ref offset) is var (start, length) && length > 0)
        {
            tokens.Add(new TextToken(start, length, length <= MaxTokenLength ? TokenId(line.Slice(start, length), folded) : -1));
        }
    }

    private int TokenId(ReadOnlySpan<char> token, Span<char> buffer)
    {
        var folded = buffer[..token.ToLowerInvariant(buffer)];
        if (tokenIds.TryGetValue(folded, out var id))
        {
            return id;
        }

        // Plurals of term words: "APIs", "pipelines", "microservice" ← "microservices".
        return folded.Length > 3 && folded[^1] == 's' && folded[^2] != 's' && tokenIds.TryGetValue(folded[..^1], out id) ? id : -1;
    }

    private Term? LongestTermAt(ReadOnlySpan<char> line, List<TextToken> tokens, int start)
    {
        var first = tokens[start];
        if (first.Id < 0 || termsByFirstToken[first.Id] is not { } candidates)
        {
            return null;
        }

        foreach (var term in candidates)
        {
            if (term.Tokens.Length > tokens.Count - start || !SameTokens(term.Tokens, tokens, start))
            {
                continue;
            }

            if (term.NeedsCapital && (char.IsLower(line[first.Start]) || (term.IsShort && GluedToPunctuation(line, first))))
            {
                continue;
            }

            return term;
        }

        return null;
    }

    private static bool SameTokens(int[] termTokens, List<TextToken> tokens, int start)
    {
        for (var i = 1; i < termTokens.Length; i++)
        {
            if (tokens[start + i].Id != termTokens[i])
            {
                return false;
            }
        }

        return true;
    }

    // "C-suite", "Go-to-market", "R-squared"; and "C." in "Harvey C. Dent" for one-letter terms.
    private static bool GluedToPunctuation(ReadOnlySpan<char> line, TextToken token)
    {
        var end = token.Start + token.Length;
        return end < line.Length && (line[end] == '-' || (token.Length == 1 && line[end] == '.'));
    }

    private static string Key(string term) => string.Join(' ', SkillText.Tokenize(term));

    private static Stream OpenResource() =>
        typeof(SkillTaxonomy).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The skills taxonomy resource {ResourceName} is missing from the build.");

    private sealed record Term(int[] Tokens, Skill Skill, bool NeedsCapital, bool IsShort);

    private readonly record struct TextToken(int Start, int Length, int Id);

    private sealed record TaxonomyFile(List<SkillEntry> Skills, List<string>? CapitalisedOnly);

    private sealed record SkillEntry(string Name, string Category, List<string>? Aliases, List<string>? Related);
}
