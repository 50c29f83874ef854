namespace JobSentinel.Core.Resumes;

/// <summary>One position of the experience section, with its dates as parsed (month precision).</summary>
/// <param name="DateText">The dates as written ("Jan 2020 – Present").</param>
/// <param name="Current">The role has no end ("Present", "Current", "Now").</param>
public sealed record ResumeRole(
    string Title,
    string? Company,
    DateOnly? Start,
    DateOnly? End,
    bool Current,
    string DateText,
    IReadOnlyList<string> Bullets);
