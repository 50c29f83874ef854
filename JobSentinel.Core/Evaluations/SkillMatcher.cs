using System.Runtime.CompilerServices;
using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Evaluations;

/// <summary>
/// Finds taxonomy skills in the tokens of a line without allocating, with the same rules as
/// <see cref="SkillTaxonomy.FindIn"/> (longest name or alias first, the first skill to claim a term keeps it,
/// one- and two-letter terms only when capitalised), so that ranking thousands of postings stays fast.
/// </summary>
internal sealed class SkillMatcher
{
    private static readonly ConditionalWeakTable<SkillTaxonomy, SkillMatcher> Cache = [];

    // First token → the terms that start with it, longest first.
    private readonly Dictionary<string, Pattern[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstToken;

    private SkillMatcher(SkillTaxonomy taxonomy)
    {
        Dictionary<string, (string[] Tokens, Skill Skill)> terms = new(StringComparer.Ordinal);
        foreach (var skill in taxonomy.Skills)
        {
            foreach (var term in skill.Aliases.Prepend(skill.Name))
            {
                var tokens = SkillText.Tokenize(term).ToArray();
                if (tokens.Length > 0)
                {
                    terms.TryAdd(string.Join(' ', tokens), (tokens, skill));
                }
            }
        }

        _byFirstToken = terms.Values
            .GroupBy(t => t.Tokens[0], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(t => t.Tokens.Length).Select(t => new Pattern(t.Tokens, t.Skill)).ToArray(),
                StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static SkillMatcher For(SkillTaxonomy taxonomy) => Cache.GetValue(taxonomy, t => new SkillMatcher(t));

    /// <summary>The terms that start with <paramref name="firstToken"/>, longest first; null when none does.</summary>
    public Pattern[]? StartingWith(ReadOnlySpan<char> firstToken) => _byFirstToken.TryGetValue(firstToken, out var patterns) ? patterns : null;

    /// <summary>The skill whose term (one of <paramref name="patterns"/>) starts at token <paramref name="index"/>, and how many tokens it spans.</summary>
    public static (Skill? Skill, int Length) MatchAt(Pattern[] patterns, ReadOnlySpan<char> folded, ReadOnlySpan<char> original, ReadOnlySpan<LineToken> tokens, int index)
    {
        var first = tokens[index];
        foreach (var pattern in patterns)
        {
            if (Matches(pattern.Tokens, folded, tokens, index)
                && (pattern.Tokens.Length > 1 || first.Length > 2 || char.IsUpper(original[first.Start])))
            {
                return (pattern.Skill, pattern.Tokens.Length);
            }
        }

        return (null, 0);
    }

    private static bool Matches(string[] terms, ReadOnlySpan<char> folded, ReadOnlySpan<LineToken> tokens, int index)
    {
        if (index + terms.Length > tokens.Length)
        {
            return false;
        }

        for (var i = 1; i < terms.Length; i++)
        {
            var token = tokens[index + i];
            if (!folded.Slice(token.Start, token.Length).SequenceEqual(terms[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal sealed record Pattern(string[] Tokens, Skill Skill);
}
