namespace JobSentinel.Core.Evaluations;

/// <summary>A posting to rank: its id, title and plain-text description.</summary>
public sealed record JobPostingText(long Id, string Title, string Text);
