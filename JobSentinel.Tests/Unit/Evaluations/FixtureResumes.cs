using System.Text.RegularExpressions;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace JobSentinel.Tests.Unit.Evaluations;

/// <summary>
/// Stand-in for DocumentReader + ResumeParser until they land: PDF text by PdfPig's content-order extractor,
/// skills by the taxonomy, years from the earliest year written, education from the highest degree word.
/// Crude on purpose; replace with the real reader and parser when merging.
/// </summary>
internal static partial class FixtureResumes
{
    public static string Text(string fixture)
    {
        using var document = PdfDocument.Open(TestDoubles.SharedFixtures.PathOf(fixture));
        return string.Join('\n', document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    public static ParsedResume Parse(string text, SkillTaxonomy taxonomy, int currentYear)
    {
        var years = YearPattern().Matches(text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Where(y => y <= currentYear).ToList();
        // Degrees are written before the first job; the earliest year is roughly the start of studies.
        var experience = years.Count == 0 ? 0 : Math.Max(0, currentYear - years.Min() - 4);
        var education = text.Contains("PhD", StringComparison.Ordinal) ? EducationLevel.Doctorate
            : text.Contains("Master", StringComparison.Ordinal) ? EducationLevel.Master
            : Regex.IsMatch(text, @"Bachelor|B\.Tech|\bB\.?S\b") ? EducationLevel.Bachelor
            : EducationLevel.None;
        return new ParsedResume(text, new ContactInfo(null, null, null, null, []), [], [], experience, education, taxonomy.FindIn(text));
    }

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex YearPattern();
}
