using System.Globalization;
using JobSentinel.Core.Resumes;

namespace JobSentinel.Core.Evaluations;

/// <summary>Concrete, one-sentence advice from a relevance computation, most useful first.</summary>
internal static class RelevanceSuggestions
{
    private const int MaxSkills = 3;
    private const int MaxKeywords = 3;

    public static IReadOnlyList<string> For(ResumeProfile resume, ScannedJob job, HardOutcome hard, TermDictionary terms)
    {
        List<string> suggestions = [];
        var asked = RelevanceScoring.Asked(job).ToDictionary(s => s.Skill.Name, s => RelevanceScoring.IsRequired(s, job), StringComparer.OrdinalIgnoreCase);
        var missingRequired = hard.Missing.Where(s => asked[s]).ToList();
        var missingPreferred = hard.Missing.Where(s => !asked[s]).ToList();

        foreach (var skill in missingRequired.Take(MaxSkills))
        {
            suggestions.Add(resume.Related.TryGetValue(skill, out var via)
                ? $"Name {skill} explicitly if you have used it: your resume shows {via.Via}, which is related, but the job lists {skill} as required."
                : $"Add {skill} to your skills section if you have used it — the job lists it as required.");
        }

        foreach (var skill in missingPreferred.Take(Math.Max(1, MaxSkills - missingRequired.Count)))
        {
            suggestions.Add($"Add {skill} if you have used it — the job lists it as a plus.");
        }

        if (job.YearsRequired is { } years && resume.Resume.YearsExperience < years)
        {
            var topic = hard.Matched.FirstOrDefault(s => asked[s]) is { } skill ? $" with {skill}" : "";
            suggestions.Add(string.Create(CultureInfo.InvariantCulture,
                $"Quantify your experience{topic}: the job asks for {years:0.#}+ years and your resume shows {resume.Resume.YearsExperience:0.#}."));
        }

        if (job.EducationRequired is { } degree && resume.Resume.EducationLevel < degree)
        {
            suggestions.Add($"The job asks for {Describe(degree)}; list yours in an Education section if you have one (your resume shows {Describe(resume.Resume.EducationLevel)}).");
        }

        foreach (var keyword in hard.MissingKeywords.Where(k => job.KeywordOccurrences(k) >= 2).Take(MaxKeywords))
        {
            var word = job.Surfaces?.GetValueOrDefault(keyword) ?? terms.TermOf(keyword);
            suggestions.Add($"Mention '{word}' where it is true of your work — it appears {job.KeywordOccurrences(keyword)} times in the description.");
        }

        return suggestions;
    }

    private static string Describe(EducationLevel level) => level switch
    {
        EducationLevel.Doctorate => "a doctorate",
        EducationLevel.Master => "a master's degree",
        EducationLevel.Bachelor => "a bachelor's degree",
        EducationLevel.Associate => "an associate degree",
        EducationLevel.HighSchool => "a high-school diploma",
        _ => "no degree",
    };
}
