using JobSentinel.Core.Resumes;

namespace JobSentinel.Core.Evaluations;

/// <summary>Everything one pass over a job description collects; <see cref="JobTextScanner"/> fills it.</summary>
internal sealed class ScannedJob
{
    /// <summary>Term id → occurrences outside the company/benefits blurb (title counted twice), skills' pseudo-terms included.</summary>
    // Sized for a typical posting's distinct terms, so that filling them rarely regrows them.
    public Dictionary<int, int> Terms { get; } = new(256);

    /// <summary>Term id → occurrences of words that are not part of a skill's name: keyword candidates.</summary>
    public Dictionary<int, int> KeywordCandidates { get; } = new(256);

    /// <summary>Term id → the word as first written, only when asked for (suggestions quote it).</summary>
    public Dictionary<int, string>? Surfaces { get; init; }

    public Dictionary<Skills.Skill, JobSkill> Skills { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Lists of alternatives ("such as Python, Ruby, or Java"): any one member satisfies the list.</summary>
    public List<string[]> Alternatives { get; } = [];

    public bool HasRequiredSection { get; set; }

    public double? YearsRequired { get; set; }

    public EducationLevel? EducationRequired { get; set; }

    public int TokenCount { get; set; }
}
