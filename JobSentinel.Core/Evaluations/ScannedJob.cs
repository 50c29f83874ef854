using JobSentinel.Core.Resumes;

namespace JobSentinel.Core.Evaluations;

/// <summary>Everything one pass over a job description collects; <see cref="JobTextScanner"/> fills it.</summary>
internal sealed class ScannedJob
{
    /// <summary>
    /// Terms outside the company/benefits blurb in order of first use (title counted twice), skills' pseudo-terms
    /// included; those with keyword occurrences (words not part of a skill's name) are the keyword candidates.
    /// </summary>
    public TermCount[] Terms { get; set; } = [];

    /// <summary>Term id → the word as first written, only when asked for (suggestions quote it).</summary>
    public Dictionary<int, string>? Surfaces { get; init; }

    /// <summary>The skills the description names, in order of first mention.</summary>
    public JobSkill[] Skills { get; set; } = [];

    /// <summary>Lists of alternatives ("such as Python, Ruby, or Java"): any one member satisfies the list.</summary>
    public List<string[]> Alternatives { get; } = [];

    public bool HasRequiredSection { get; set; }

    public double? YearsRequired { get; set; }

    public EducationLevel? EducationRequired { get; set; }

    public int TokenCount { get; set; }

    /// <summary>How often a term occurs outside a skill's name; 0 when it does not.</summary>
    public int KeywordOccurrences(int termId)
    {
        foreach (var term in Terms)
        {
            if (term.Id == termId)
            {
                return term.KeywordOccurrences;
            }
        }

        return 0;
    }
}
