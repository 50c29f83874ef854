namespace JobSentinel.Core.Resumes;

/// <summary>
/// A section of a resume. <paramref name="Name"/> is the canonical camelCase name (<c>summary</c>,
/// <c>experience</c>, <c>education</c>, <c>skills</c>, <c>projects</c>, <c>certifications</c>, <c>awards</c>,
/// <c>publications</c>, <c>languages</c>, <c>volunteer</c>, <c>interests</c>, <c>contact</c> for the text
/// before the first heading, <c>other</c> for an unknown heading); <paramref name="Heading"/> is the heading as written.
/// </summary>
public sealed record ResumeSection(string Name, string Heading, string Text);
