using JobSentinel.Core.Documents;

namespace JobSentinel.Core.Evaluations;

/// <summary>A pasted or uploaded job description as the API shows it.</summary>
public sealed record JobDescriptionView(long Id, string Title, string? FileName, FileFormat Format, DateTime CreatedAt, string Text, JobRequirements Requirements);
