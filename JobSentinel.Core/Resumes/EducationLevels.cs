using System.Text.RegularExpressions;

namespace JobSentinel.Core.Resumes;

/// <summary>The highest degree a text names. Abbreviations are matched case-sensitively so "ms" in "systems" is no master's.</summary>
internal static partial class EducationLevels
{
    public static EducationLevel Highest(string text)
    {
        if (Doctorate().IsMatch(text))
        {
            return EducationLevel.Doctorate;
        }

        if (Master().IsMatch(text))
        {
            return EducationLevel.Master;
        }

        if (Bachelor().IsMatch(text))
        {
            return EducationLevel.Bachelor;
        }

        if (Associate().IsMatch(text))
        {
            return EducationLevel.Associate;
        }

        return HighSchool().IsMatch(text) ? EducationLevel.HighSchool : EducationLevel.None;
    }

    [GeneratedRegex(@"\bPh\.?\s?D\b|\b(?i:doctor\s+of|doctorate|doctoral)\b|\bD\.?Phil\b|\bEd\.?D\.|\bDBA\b", RegexOptions.CultureInvariant)]
    private static partial Regex Doctorate();

    // "MS" and "MA" after a comma are Mississippi and Massachusetts ("Cambridge, MA").
    [GeneratedRegex(
        @"(?<!,\s?)\b(?:M\.S\.?|MS|M\.?Sc\.?|MSc|MBA|M\.A\.|MA(?=\s+(?:in|of)\b)|M\.?Eng\.?|M\.?Tech|MCA|MPH|MFA|LL\.?M\.?)(?![\w])|\b(?i:master'?s?\s+(?:of|in|degree)|masters?\s+of)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Master();

    [GeneratedRegex(
        @"\b(?:B\.S\.?|BS|B\.?Sc\.?|BSc|B\.A\.|BA|B\.?Tech|B\.E\.|B\.?Eng\.?|BCA|BBA|B\.?Com|LL\.?B\.?)(?![\w])|\b(?i:bachelor'?s?\s+(?:of|in|degree)|bachelors?|undergraduate\s+degree)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Bachelor();

    [GeneratedRegex(@"\b(?i:associate'?s?\s+(?:of|in|degree))\b|\b(?:A\.A\.S?\.?|A\.S\.|AAS)(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Associate();

    [GeneratedRegex(@"\b(?i:high\s+school|secondary\s+school|higher\s+secondary|secondary\s+education|ged|a-levels|abitur)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HighSchool();
}
