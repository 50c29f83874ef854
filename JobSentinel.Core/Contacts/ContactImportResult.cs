namespace JobSentinel.Core.Contacts;

/// <summary>A row of an import that was not imported, and why.</summary>
public sealed record ImportError(int Line, string Message);

/// <summary>What a CSV import did: rows imported, duplicates skipped (same email, or same name and company), rows refused.</summary>
public sealed record ContactImportResult(int Imported, int Skipped, IReadOnlyList<ImportError> Errors);

/// <summary>What discovery found in a posting: every contact found, and how many of them were new.</summary>
public sealed record DiscoveryResult(IReadOnlyList<ContactView> Contacts, int Created);
