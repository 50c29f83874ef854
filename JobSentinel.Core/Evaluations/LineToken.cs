namespace JobSentinel.Core.Evaluations;

/// <summary>Where a token sits in a line (tokens follow <see cref="Skills.SkillText"/>'s rules).</summary>
internal readonly record struct LineToken(int Start, int Length);
