namespace JobSentinel.Core.Applications;

/// <summary>
/// The outcome of a create or update: the application, or field errors, or <see cref="NotFound"/>.
/// <see cref="Created"/> is false when "track" found the posting already tracked and returned that application.
/// </summary>
public sealed record ApplicationSaveResult(ApplicationView? Application, Dictionary<string, string[]> Errors, bool Created = false, bool NotFound = false)
{
    public static ApplicationSaveResult Invalid(Dictionary<string, string[]> errors) => new(null, errors);

    public static ApplicationSaveResult Missing { get; } = new(null, [], NotFound: true);
}
