namespace JobSentinel.Core.Evaluations;

/// <summary>One posting's place in a ranking: relevance 0–100, verdict, and which asked skills the resume has and lacks.</summary>
public sealed record RankedPosting(long Id, string Title, int Score, Verdict Verdict, IReadOnlyList<string> MatchedSkills, IReadOnlyList<string> MissingSkills);
