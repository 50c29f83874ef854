namespace JobSentinel.Core.Postings;

/// <summary>A posting added by hand (a board without an API): its URL and pasted description.</summary>
public sealed record ManualJobDraft
{
    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Company { get; init; }

    public string? Location { get; init; }

    /// <summary>The pasted description, plain text or HTML.</summary>
    public string? Description { get; init; }

    public const int MaxDescriptionLength = 200_000;

    public Dictionary<string, string[]> Validate()
    {
        Dictionary<string, string[]> errors = [];
        if (Sources.UrlSafety.Check(Url) is { } problem)
        {
            errors["url"] = [$"The URL {problem}"];
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            errors["description"] = ["Paste the job description."];
        }
        else if (Description.Length > MaxDescriptionLength)
        {
            errors["description"] = [$"The description must be at most {MaxDescriptionLength} characters."];
        }

        if (Title is { Length: > 500 })
        {
            errors["title"] = ["The title must be at most 500 characters."];
        }

        if (Company is { Length: > 300 })
        {
            errors["company"] = ["The company must be at most 300 characters."];
        }

        return errors;
    }
}
