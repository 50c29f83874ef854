namespace JobSentinel.Core.Contacts;

/// <summary>Everything a message may draw on: the contact, the posting, and the user's own material.</summary>
/// <param name="Requirements">A couple of the posting's skills, as the taxonomy names them.</param>
/// <param name="Achievement">One real achievement, from an Accepted STAR record or a resume bullet.</param>
/// <param name="SourceText">All source text, against which generated text is checked.</param>
public sealed record OutreachSources(
    string ContactName,
    string? ContactRole,
    string? Company,
    string? JobTitle,
    IReadOnlyList<string> Requirements,
    string? CandidateName,
    string? Achievement,
    string SourceText)
{
    public string FirstName => ContactName.Contains('@', StringComparison.Ordinal) ? "" : ContactName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";

    public MessageContext Context => new(ContactName, Company, ContactRole, JobTitle);
}
