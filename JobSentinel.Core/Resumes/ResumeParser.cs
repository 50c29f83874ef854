using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Resumes;

/// <summary>
/// Reads a resume's extracted text (one visual line per line): contact details, sections by heading, the roles of
/// the experience section with their dates, total years of experience, highest education level and skills.
/// </summary>
public sealed class ResumeParser(SkillTaxonomy taxonomy, TimeProvider timeProvider)
{
    public ParsedResume Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var lines = ResumeLines.Split(text);
        var sections = ResumeSectionSplitter.Split(lines, taxonomy);
        var contactLines = sections[0].Lines.Select(l => l.Text).ToList();
        var contact = ContactParser.Parse(contactLines, sections, lines);

        var roles = RoleParser.Parse([.. SectionsNamed(sections, ResumeHeadings.Experience).SelectMany(s => s.Lines)]);
        var nowMonth = ResumeDate.MonthIndexOf(timeProvider.GetUtcNow());
        var years = ExperienceYears.FromRoles(roles, nowMonth)
            ?? ExperienceYears.Stated(TextOf(sections, ResumeHeadings.Summary) ?? sections[0].Text)
            ?? ExperienceYears.Stated(text)
            ?? 0;

        var education = TextOf(sections, ResumeHeadings.Education) is { } educationText
            ? EducationLevels.Highest(educationText)
            : EducationLevels.Highest(text);

        return new ParsedResume(
            text,
            contact,
            [.. sections.Where(s => s.Lines.Count > 0 || s.Name != ResumeHeadings.Contact).Select(s => s.ToSection())],
            [.. roles.Select(r => r.Role)],
            years,
            education,
            taxonomy.FindIn(text));
    }

    private static IEnumerable<SectionLines> SectionsNamed(List<SectionLines> sections, string name) =>
        sections.Where(s => s.Name == name);

    private static string? TextOf(List<SectionLines> sections, string name)
    {
        var matching = SectionsNamed(sections, name).ToList();
        return matching.Count == 0 ? null : string.Join('\n', matching.Select(s => s.Text));
    }
}
