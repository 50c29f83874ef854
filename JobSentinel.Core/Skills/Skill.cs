namespace JobSentinel.Core.Skills;

/// <summary>One entry of the skills taxonomy.</summary>
/// <param name="Name">Canonical display name ("PostgreSQL").</param>
/// <param name="Category">Broad group ("database", "language", "framework", "cloud", "practice", "soft", ...).</param>
/// <param name="Aliases">Other ways it is written ("Postgres", "psql").</param>
/// <param name="Related">Canonical names of related skills, used by soft matching.</param>
public sealed record Skill(string Name, string Category, IReadOnlyList<string> Aliases, IReadOnlyList<string> Related);
