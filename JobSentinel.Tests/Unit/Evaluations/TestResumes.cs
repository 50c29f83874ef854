using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;

namespace JobSentinel.Tests.Unit.Evaluations;

/// <summary>Builds the <see cref="ParsedResume"/> the parser would produce, from text and a taxonomy.</summary>
internal static class TestResumes
{
    public static ParsedResume From(string text, SkillTaxonomy taxonomy, double years = 5, EducationLevel education = EducationLevel.Bachelor) =>
        new(text, new ContactInfo(null, null, null, null, []), [], [], years, education, taxonomy.FindIn(text));
}
