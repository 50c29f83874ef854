namespace JobSentinel.Core.Evaluations;

/// <summary>A stored posting ranked for a resume (<c>GET /resumes/{id}/best-jobs</c>).</summary>
public sealed record BestJob(
    long JobId, string Title, string Company, string? Location, string? Url, DateTime? PostedAt,
    int RelevanceScore, Verdict Verdict, IReadOnlyList<string> MatchedSkills, IReadOnlyList<string> MissingSkills);
