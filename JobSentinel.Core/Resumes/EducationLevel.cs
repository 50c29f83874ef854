namespace JobSentinel.Core.Resumes;

/// <summary>Highest education level, ordered so that comparisons mean "at least".</summary>
public enum EducationLevel
{
    None,
    HighSchool,
    Associate,
    Bachelor,
    Master,
    Doctorate,
}
