namespace JobSentinel.Core.Pipeline;

/// <summary>
/// One section of a generated document. <paramref name="Name"/> is a stable camelCase key (summary, skills,
/// experience, education, body...); <paramref name="Text"/> is plain text where a line starting with "- " is a bullet.
/// </summary>
public sealed record DocumentSection(string Name, string Heading, string Text);
