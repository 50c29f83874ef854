using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Resumes;

/// <summary>What the parser read from a resume's text.</summary>
/// <param name="YearsExperience">Total professional experience in years (overlapping roles counted once), one decimal.</param>
public sealed record ParsedResume(
    string Text,
    ContactInfo Contact,
    IReadOnlyList<ResumeSection> Sections,
    IReadOnlyList<ResumeRole> Roles,
    double YearsExperience,
    EducationLevel EducationLevel,
    IReadOnlyList<SkillMention> Skills);
