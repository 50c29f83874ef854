namespace JobSentinel.Core.Resumes;

/// <summary>
/// How well applicant-tracking systems read a resume: score 0–100, rating, issues (most severe first) and an
/// estimate per ATS keyed by camelCase name (<c>greenhouse</c>, <c>lever</c>, <c>workday</c>, <c>icims</c>,
/// <c>taleo</c>, <c>smartRecruiters</c>).
/// </summary>
public sealed record AtsReport(int Score, AtsRating Rating, IReadOnlyList<AtsIssue> Issues, IReadOnlyDictionary<string, int> PerAts, int WordCount);
