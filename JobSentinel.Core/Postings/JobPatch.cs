namespace JobSentinel.Core.Postings;

/// <summary>Triage of one posting (<c>PATCH /jobs/{id}</c>): fields left null keep their value.</summary>
public sealed record JobPatch(bool? Starred, bool? Hidden, string? Notes, JobFeedback? Feedback)
{
    public const int MaxNotesLength = 10_000;

    public Dictionary<string, string[]> Validate() =>
        Notes is { Length: > MaxNotesLength }
            ? new Dictionary<string, string[]> { ["notes"] = [$"notes must be at most {MaxNotesLength} characters."] }
            : [];
}
