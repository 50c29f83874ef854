using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Evaluations;

/// <summary>
/// The resume side of a relevance computation, prepared once: the skills it shows (with their lines), the
/// skills it shows only through a related one, and its term counts for the soft match.
/// </summary>
internal sealed class ResumeProfile
{
    // A related skill stands in for half of a skill the resume does not name.
    public const double RelatedWeight = 0.5;

    private ResumeProfile(ParsedResume resume)
    {
        Resume = resume;
    }

    public ParsedResume Resume { get; }

    /// <summary>Canonical skill name → the resume line that shows it.</summary>
    public Dictionary<string, string> Held { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Skill the resume does not name → the held skill related to it and that skill's line.</summary>
    public Dictionary<string, (string Via, string Evidence)> Related { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Term id → weight before inverse document frequency (1 + ln tf; related skills' pseudo-terms at half).</summary>
    public Dictionary<int, double> Terms { get; } = [];

    public static ResumeProfile Build(ParsedResume resume, SkillTaxonomy taxonomy, TermDictionary terms, JobTextScanner scanner)
    {
        var profile = new ResumeProfile(resume);
        foreach (var mention in resume.Skills)
        {
            profile.Held.TryAdd(mention.Skill, mention.Evidence);
        }

        foreach (var mention in resume.Skills)
        {
            foreach (var related in taxonomy.RelatedTo(mention.Skill))
            {
                profile.AddRelated(related.Name, mention);
            }
        }

        // Relations are written on one side only in places ("Redux" → "React"): read them both ways.
        foreach (var skill in taxonomy.Skills)
        {
            if (profile.Held.ContainsKey(skill.Name) || profile.Related.ContainsKey(skill.Name))
            {
                continue;
            }

            foreach (var relatedName in skill.Related)
            {
                var mention = resume.Skills.FirstOrDefault(m => string.Equals(m.Skill, relatedName, StringComparison.OrdinalIgnoreCase));
                if (mention is not null)
                {
                    profile.AddRelated(skill.Name, mention);
                    break;
                }
            }
        }

        Dictionary<int, int> counts = [];
        scanner.CountTerms(resume.Text, counts);
        foreach (var (id, count) in counts)
        {
            profile.Terms[id] = 1 + Math.Log(count);
        }

        foreach (var name in profile.Held.Keys)
        {
            profile.Terms[terms.IdOfTerm(TermDictionary.SkillTerm(name))] = 1;
        }

        foreach (var name in profile.Related.Keys)
        {
            profile.Terms.TryAdd(terms.IdOfTerm(TermDictionary.SkillTerm(name)), RelatedWeight);
        }

        return profile;
    }

    /// <summary>1 when the resume names the skill, <see cref="RelatedWeight"/> when it names a related one, else 0.</summary>
    public double Credit(string skill) => Held.ContainsKey(skill) ? 1 : Related.ContainsKey(skill) ? RelatedWeight : 0;

    private void AddRelated(string skill, SkillMention via)
    {
        if (!Held.ContainsKey(skill))
        {
            Related.TryAdd(skill, (via.Skill, via.Evidence));
        }
    }
}
