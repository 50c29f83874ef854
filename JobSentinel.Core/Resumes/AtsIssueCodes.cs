namespace JobSentinel.Core.Resumes;

/// <summary>The stable <see cref="AtsIssue.Code"/> of every finding the ATS report can make; UIs and tests key on these.</summary>
public static class AtsIssueCodes
{
    public const string UnreadableText = "unreadableText";
    public const string TooShort = "tooShort";
    public const string TooLong = "tooLong";
    public const string NoSectionHeadings = "noSectionHeadings";
    public const string MissingExperience = "missingExperience";
    public const string MissingEducation = "missingEducation";
    public const string MissingSkills = "missingSkills";
    public const string NonStandardHeading = "nonStandardHeading";
    public const string MissingName = "missingName";
    public const string MissingEmail = "missingEmail";
    public const string MissingPhone = "missingPhone";
    public const string MissingLinkedIn = "missingLinkedIn";
    public const string MissingLocation = "missingLocation";
    public const string RolesNotDetected = "rolesNotDetected";
    public const string RolesWithoutDates = "rolesWithoutDates";
    public const string InconsistentDateFormats = "inconsistentDateFormats";
    public const string YearOnlyDates = "yearOnlyDates";
    public const string LongBullets = "longBullets";
    public const string LongSentences = "longSentences";
    public const string FewMeasurableResults = "fewMeasurableResults";
    public const string NoAchievementBullets = "noAchievementBullets";
    public const string WeakActionVerbs = "weakActionVerbs";
    public const string RepeatedActionVerbs = "repeatedActionVerbs";
    public const string FirstPersonPronouns = "firstPersonPronouns";
    public const string Cliches = "cliches";
    public const string MultiColumnLayout = "multiColumnLayout";
    public const string Tables = "tables";
    public const string HeaderFooterText = "headerFooterText";
    public const string Images = "images";
    public const string IconGlyphs = "iconGlyphs";
    public const string RiskyFileFormat = "riskyFileFormat";
    public const string FewSkills = "fewSkills";
}
