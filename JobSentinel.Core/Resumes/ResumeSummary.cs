namespace JobSentinel.Core.Resumes;

/// <summary>The parsed resume as the API shows it (SPEC §7 <c>analyze.resume</c>): skills as names, evidence beside them.</summary>
public sealed record ResumeSummary(
    string FileName,
    ContactInfo Contact,
    IReadOnlyList<ResumeSectionView> Sections,
    IReadOnlyList<string> Skills,
    IReadOnlyList<Skills.SkillMention> SkillEvidence,
    IReadOnlyList<ResumeRole> Roles,
    double YearsExperience,
    EducationLevel EducationLevel)
{
    public static ResumeSummary From(string fileName, ParsedResume parsed) => new(
        fileName,
        parsed.Contact,
        [.. parsed.Sections.Select(s => new ResumeSectionView(s.Name, s.Heading, s.Text))],
        [.. parsed.Skills.Select(s => s.Skill)],
        parsed.Skills,
        parsed.Roles,
        parsed.YearsExperience,
        parsed.EducationLevel);
}

/// <summary>A section as the API shows it.</summary>
public sealed record ResumeSectionView(string Name, string Heading, string Text);
