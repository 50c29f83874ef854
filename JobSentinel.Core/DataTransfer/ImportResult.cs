namespace JobSentinel.Core.DataTransfer;

/// <summary>What an import did with one kind of record.</summary>
public sealed record ImportCounts(int Created, int Updated, int Skipped);

/// <summary>
/// The outcome of <see cref="DataImporter.ImportAsync"/>: either the problems that rejected the document (nothing
/// written) or the counts per section.
/// </summary>
public sealed record ImportResult(IReadOnlyDictionary<string, string[]> Problems, IReadOnlyDictionary<string, ImportCounts> Sections)
{
    public bool Ok => Problems.Count == 0;

    public int Created => Sections.Values.Sum(c => c.Created);

    public int Updated => Sections.Values.Sum(c => c.Updated);

    public int Skipped => Sections.Values.Sum(c => c.Skipped);

    /// <summary>Sources created by the import: the server schedules them.</summary>
    public IReadOnlyList<int> CreatedSourceIds { get; init; } = [];

    public string Summary => $"{Created} created, {Updated} updated, {Skipped} skipped";
}
