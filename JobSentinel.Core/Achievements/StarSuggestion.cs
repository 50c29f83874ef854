namespace JobSentinel.Core.Achievements;

/// <summary>An achievement read from one resume bullet: the bullet split into what was done and what came of it.</summary>
public sealed record StarSuggestion(string Title, string Situation, string Action, string Result, IReadOnlyList<string> Skills, string? Company, string? Role, string SourceText);
