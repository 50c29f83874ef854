namespace JobSentinel.Core.Data;

/// <summary>The outcome of saving something the user edits: the saved view, or the problems by field, or not found.</summary>
public sealed record SaveResult<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors, bool NotFound = false)
    where T : class
{
    public static SaveResult<T> Missing { get; } = new(null, new Dictionary<string, string[]>(), NotFound: true);

    public static SaveResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);

    public static SaveResult<T> Saved(T value) => new(value, new Dictionary<string, string[]>());
}
