namespace JobSentinel.Core.Evaluations;

/// <summary>What a line of a job description is part of, from the heading above it; stronger roles first.</summary>
internal enum LineRole
{
    Required,
    Preferred,
    Body,
    Blurb,
}
