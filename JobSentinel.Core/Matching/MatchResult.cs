namespace JobSentinel.Core.Matching;

/// <summary>Each factor's value in [0,1] before weighting.</summary>
public sealed record FactorScores(double Skills, double Salary, double Location, double Company, double Recency);

/// <summary>
/// A posting's score for one profile in [0,1], with the reasons a person reads
/// ("matched: kubernetes, go", "remote", "salary 180k ≥ target 160k"). Rejected postings score 0 and
/// the first reason says why ("rejected: title contains 'intern'").
/// </summary>
public sealed record MatchResult(double Score, bool Rejected, IReadOnlyList<string> Reasons, FactorScores Factors, IReadOnlyList<string> MatchedTerms);
