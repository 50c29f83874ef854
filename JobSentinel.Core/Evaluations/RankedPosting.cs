namespace JobSentinel.Core.Evaluations;

/// <summary>One posting's place in a ranking: relevance 0–100, verdict, and how many asked skills the resume has.</summary>
public sealed record RankedPosting(long Id, string Title, int Score, Verdict Verdict, int MatchedSkills, int MissingSkills);
