namespace JobSentinel.Core.Resumes;

/// <summary>A role with the range it was read from, which keeps the precision <see cref="ResumeRole"/> drops.</summary>
internal sealed record ParsedRole(ResumeRole Role, DateRange? Dates);
