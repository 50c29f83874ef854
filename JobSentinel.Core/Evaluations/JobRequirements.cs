using JobSentinel.Core.Resumes;

namespace JobSentinel.Core.Evaluations;

/// <summary>What a job description asks for, read from its text.</summary>
/// <param name="RequiredSkills">Canonical skill names the description requires.</param>
/// <param name="PreferredSkills">Canonical skill names it lists as nice to have / preferred / a plus.</param>
/// <param name="Keywords">Other weighty terms of the description (not taxonomy skills), most important first.</param>
/// <param name="YearsRequired">Minimum years of experience asked for, when stated.</param>
/// <param name="EducationRequired">Minimum degree asked for, when stated.</param>
public sealed record JobRequirements(
    IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> PreferredSkills,
    IReadOnlyList<string> Keywords,
    double? YearsRequired,
    EducationLevel? EducationRequired)
{
    /// <summary>Lists of skills of which any one will do ("such as Python, Ruby, or Java"); members also appear above.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Alternatives { get; init; } = [];
}
