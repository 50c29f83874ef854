using System.Text.Json.Serialization;
using JobSentinel.Core.Matching;
using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Contacts;

/// <summary>A contact found by <see cref="ContactSearch"/>: its score and the terms (query or expansion) that matched.</summary>
public sealed record ContactSearchHit(
    long Id,
    string Name,
    string? Company,
    string? Role,
    string? Email,
    IReadOnlyList<string> Links,
    string? Notes,
    string Source,
    long? SourceJobId,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    [property: JsonPropertyOrder(1)] double Score,
    [property: JsonPropertyOrder(1)] IReadOnlyList<string> Matched)
    : ContactView(Id, Name, Company, Role, Email, Links, Notes, Source, SourceJobId, CreatedAt, UpdatedAt);

/// <summary>
/// Ranked search over contacts: BM25 over each contact's profile text (name, company, role, notes, and the words
/// of its links' host and path), with every query term expanded through the built-in synonyms ("k8s" =
/// "Kubernetes") and the skills taxonomy (aliases, and related skills at half weight: "frontend" finds a React
/// developer). A query term scores by its best-matching expansion, so synonyms never count twice.
/// </summary>
public sealed class ContactSearch(SkillTaxonomy taxonomy)
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double SynonymWeight = 0.9;
    private const double RelatedWeight = 0.5;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "or", "the", "of", "at", "in", "on", "for", "to", "with", "who", "is", "are", "by", "from", "my", "me",
    };

    private static readonly HashSet<string> LinkNoise = new(StringComparer.Ordinal) { "https", "http", "www", "com", "org", "net", "io", "in", "html" };

    /// <summary>One query term and what it expands to (token sequences with their weight and display name).</summary>
    public sealed record Concept(string Term, IReadOnlyList<Expansion> Expansions);

    public sealed record Expansion(string[] Tokens, double Weight, string Display);

    /// <summary>The contacts matching <paramref name="query"/>, best first; empty when nothing matches.</summary>
    public IReadOnlyList<ContactSearchHit> Search(IEnumerable<ContactView> contacts, string query)
    {
        var concepts = Expand(query);
        var documents = contacts.Select(c => (Contact: c, Tokens: DocumentTokens(c))).ToList();
        if (concepts.Count == 0 || documents.Count == 0)
        {
            return [];
        }

        var averageLength = Math.Max(1, documents.Average(d => d.Tokens.Length));
        var frequencies = concepts.SelectMany(c => c.Expansions)
            .DistinctBy(e => Key(e.Tokens))
            .ToDictionary(e => Key(e.Tokens), e => documents.Count(d => Count(d.Tokens, e.Tokens) > 0));
        List<ContactSearchHit> hits = [];
        foreach (var (contact, tokens) in documents)
        {
            double score = 0;
            List<string> matched = [];
            foreach (var concept in concepts)
            {
                double best = 0;
                string? bestTerm = null;
                foreach (var expansion in concept.Expansions)
                {
                    var count = Count(tokens, expansion.Tokens);
                    if (count == 0)
                    {
                        continue;
                    }

                    var df = frequencies[Key(expansion.Tokens)];
                    var idf = Math.Log(1 + ((documents.Count - df + 0.5) / (df + 0.5)));
                    var tf = count * (K1 + 1) / (count + (K1 * (1 - B + (B * tokens.Length / averageLength))));
                    var value = expansion.Weight * idf * tf;
                    if (value > best)
                    {
                        (best, bestTerm) = (value, expansion.Display);
                    }
                }

                if (bestTerm is not null)
                {
                    score += best;
                    matched.Add(bestTerm);
                }
            }

            if (score > 0)
            {
                hits.Add(new ContactSearchHit(contact.Id, contact.Name, contact.Company, contact.Role, contact.Email, contact.Links, contact.Notes,
                    contact.Source, contact.SourceJobId, contact.CreatedAt, contact.UpdatedAt, Math.Round(score, 4), [.. matched.Distinct()]));
            }
        }

        return [.. hits.OrderByDescending(h => h.Score).ThenBy(h => h.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The query's terms with their expansions (a two-word term the synonyms or skills know stays one term: "machine learning").</summary>
    public IReadOnlyList<Concept> Expand(string query)
    {
        var tokens = TermTokens.Tokenize(query).ToList();
        List<Concept> concepts = [];
        for (var i = 0; i < tokens.Count;)
        {
            var phrase = i + 1 < tokens.Count ? $"{tokens[i]} {tokens[i + 1]}" : null;
            if (phrase is not null && IsKnown(phrase))
            {
                concepts.Add(ExpandTerm(phrase));
                i += 2;
                continue;
            }

            if (!StopWords.Contains(tokens[i]))
            {
                concepts.Add(ExpandTerm(tokens[i]));
            }

            i++;
        }

        return [.. concepts.DistinctBy(c => c.Term)];
    }

    private bool IsKnown(string phrase) => Synonyms.Alternatives(phrase).Count > 1 || taxonomy.Find(phrase) is not null;

    private Concept ExpandTerm(string term)
    {
        Dictionary<string, Expansion> expansions = new(StringComparer.Ordinal);
        void Add(string text, double weight)
        {
            var tokens = TermTokens.Tokenize(text).ToArray();
            var key = Key(tokens);
            if (tokens.Length > 0 && (!expansions.TryGetValue(key, out var known) || known.Weight < weight))
            {
                expansions[key] = new Expansion(tokens, weight, text);
            }
        }

        Add(term, 1.0);
        foreach (var alternative in Synonyms.Alternatives(term).Skip(1))
        {
            Add(string.Join(' ', alternative), SynonymWeight);
        }

        var skill = taxonomy.Find(term) ?? taxonomy.Find(Synonyms.Canonical(term))
            ?? taxonomy.Find(term + " development") ?? taxonomy.Find(term + " engineering");
        if (skill is not null)
        {
            foreach (var alias in skill.Aliases.Prepend(skill.Name))
            {
                Add(alias, SynonymWeight);
            }

            foreach (var related in taxonomy.RelatedTo(skill.Name))
            {
                Add(related.Name, RelatedWeight);
            }
        }

        return new Concept(term, [.. expansions.Values]);
    }

    private static string[] DocumentTokens(ContactView contact)
    {
        IEnumerable<string> text = [contact.Name, contact.Company ?? "", contact.Role ?? "", contact.Notes ?? ""];
        var links = contact.Links.SelectMany(l => Uri.TryCreate(l, UriKind.Absolute, out var uri) ? [uri.Host, Uri.UnescapeDataString(uri.AbsolutePath)] : new[] { l });
        return [.. text.SelectMany(TermTokens.Tokenize), .. links.SelectMany(TermTokens.Tokenize).Where(t => !LinkNoise.Contains(t))];
    }

    private static int Count(string[] tokens, string[] phrase)
    {
        var count = 0;
        for (var i = 0; i + phrase.Length <= tokens.Length; i++)
        {
            if (tokens.AsSpan(i, phrase.Length).SequenceEqual(phrase))
            {
                count++;
            }
        }

        return count;
    }

    private static string Key(string[] tokens) => string.Join(' ', tokens);
}
