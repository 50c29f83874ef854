using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Evaluations;

/// <summary>
/// Reads what a job description asks for. A skill is required when it appears under a requirements heading
/// ("Requirements", "What you need", "Must have", "Qualifications", "You have") or in the title, preferred under
/// "Nice to have", "Preferred", "Bonus" or on a line that says "preferred", "a plus", "nice to have" or "bonus".
/// Skills mentioned elsewhere in the body (responsibilities, overview) are required when the description has no
/// requirements heading at all, else preferred. Skills named only in the company or benefits blurb ("About us",
/// "Benefits", "How to apply") are no requirement: they describe the employer, not the candidate.
/// Keywords are the weightiest other terms: stemmed, stop words and words every posting uses removed.
/// </summary>
public sealed class JobRequirementsExtractor(SkillTaxonomy taxonomy)
{
    private const int KeywordCount = 15;

    public JobRequirements Extract(string jobText) => Extract(jobText, null);

    public JobRequirements Extract(string jobText, string? jobTitle)
    {
        ArgumentNullException.ThrowIfNull(jobText);
        var terms = new TermDictionary();
        var job = new JobTextScanner(terms, SkillMatcher.For(taxonomy)).Scan(jobText, jobTitle, keepSurfaces: true);
        return From(job, RelevanceScoring.Keywords(job, terms, TermWeights.Uniform, KeywordCount));
    }

    internal static JobRequirements From(ScannedJob job, IReadOnlyList<int> keywords)
    {
        var asked = RelevanceScoring.Asked(job).ToList();
        return new JobRequirements(
            [.. asked.Where(s => RelevanceScoring.IsRequired(s, job)).Select(s => s.Skill.Name)],
            [.. asked.Where(s => !RelevanceScoring.IsRequired(s, job)).Select(s => s.Skill.Name)],
            [.. keywords.Select(k => job.Surfaces?.GetValueOrDefault(k)).OfType<string>()],
            job.YearsRequired,
            job.EducationRequired)
        {
            Alternatives = [.. job.Alternatives.DistinctBy(g => string.Join('|', g.Order(StringComparer.Ordinal)))],
        };
    }
}
