namespace JobSentinel.Core.Resumes;

/// <summary>One finding of the ATS check, with a concrete fix. <paramref name="Code"/> is a stable camelCase id ("missingEmail").</summary>
public sealed record AtsIssue(string Code, IssueSeverity Severity, string Message, string Fix);
