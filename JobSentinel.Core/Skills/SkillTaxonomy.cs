using System.Collections.Frozen;
using System.Text;
using System.Text.Json;

namespace JobSentinel.Core.Skills;

/// <summary>
/// The skills the app recognises, with their aliases and related skills, and the matcher that finds them
/// in text. Names and aliases are compared by <see cref="SkillText.Tokenize"/> tokens, so case and most
/// punctuation never matter ("Node.JS" = "node.js"); one- and two-letter terms ("Go", "R", "C") only match
/// when written with a capital, so that "go" and "a" in prose are not skills.
/// </summary>
public sealed class SkillTaxonomy
{
    private const string ResourceName = "JobSentinel.Core.Skills.skills.json";

    private static readonly Lazy<SkillTaxonomy> Default = new(() => Load(OpenResource()));

    private readonly FrozenDictionary<string, Skill> byKey;
    private readonly FrozenDictionary<string, Skill> byName;

    public SkillTaxonomy(IEnumerable<Skill> skills)
    {
        Dictionary<string, Skill> keys = new(StringComparer.Ordinal);
        Dictionary<string, Skill> names = new(StringComparer.OrdinalIgnoreCase);
        foreach (var skill in skills)
        {
            if (!names.TryAdd(skill.Name, skill))
            {
                throw new InvalidDataException($"The skills taxonomy lists '{skill.Name}' twice.");
            }

            foreach (var term in skill.Aliases.Prepend(skill.Name))
            {
                var key = Key(term);
                if (key.Length > 0)
                {
                    // The first skill to claim a term keeps it: the data file orders skills by how common they are.
                    keys.TryAdd(key, skill);
                    LongestTerm = Math.Max(LongestTerm, SkillText.Tokenize(term).Count);
                }
            }
        }

        byKey = keys.ToFrozenDictionary(StringComparer.Ordinal);
        byName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Skills = [.. names.Values];
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
        return new SkillTaxonomy(file.Skills.Select(s => new Skill(s.Name, s.Category, s.Aliases ?? [], s.Related ?? [])));
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
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            var lineText = line.ToString();
            foreach (var skill in SkillsInLine(lineText))
            {
                if (seen.Add(skill))
                {
                    found.Add(new SkillMention(skill.Name, lineText));
                }
            }
        }

        return found;
    }

    private IEnumerable<Skill> SkillsInLine(string line)
    {
        var tokens = SkillText.TokenizeWithCase(line);
        var builder = new StringBuilder();
        for (var start = 0; start < tokens.Count;)
        {
            var matched = 0;
            Skill? skill = null;
            for (var length = Math.Min(LongestTerm, tokens.Count - start); length > 0 && skill is null; length--)
            {
                builder.Clear();
                for (var i = start; i < start + length; i++)
                {
                    builder.Append(i == start ? "" : " ").Append(tokens[i].Folded);
                }

                if (byKey.TryGetValue(builder.ToString(), out var candidate)
                    && (length > 1 || tokens[start].Folded.Length > 2 || char.IsUpper(tokens[start].Original[0])))
                {
                    skill = candidate;
                    matched = length;
                }
            }

            if (skill is not null)
            {
                yield return skill;
                start += matched;
            }
            else
            {
                start++;
            }
        }
    }

    private static string Key(string term) => string.Join(' ', SkillText.Tokenize(term));

    private static Stream OpenResource() =>
        typeof(SkillTaxonomy).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The skills taxonomy resource {ResourceName} is missing from the build.");

    private sealed record TaxonomyFile(List<SkillEntry> Skills);

    private sealed record SkillEntry(string Name, string Category, List<string>? Aliases, List<string>? Related);
}
