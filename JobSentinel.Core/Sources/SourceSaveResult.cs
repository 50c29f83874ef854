namespace JobSentinel.Core.Sources;

/// <summary>The outcome of saving a source: the saved source, or the problems by field, or not found.</summary>
public sealed record SourceSaveResult(SourceView? Source, IReadOnlyDictionary<string, string[]> Errors, bool NotFound = false)
{
    public static SourceSaveResult Missing { get; } = new(null, new Dictionary<string, string[]>(), NotFound: true);

    public static SourceSaveResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}
