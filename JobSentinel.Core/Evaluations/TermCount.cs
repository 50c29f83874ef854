namespace JobSentinel.Core.Evaluations;

/// <summary>A term of a job description: how often it occurs, and how often outside a skill's name (as a keyword candidate).</summary>
internal readonly record struct TermCount(int Id, int Occurrences, int KeywordOccurrences);
