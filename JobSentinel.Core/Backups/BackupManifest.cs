namespace JobSentinel.Core.Backups;

/// <summary>
/// <c>manifest.json</c> of an archive: when and from what it was taken, and the SHA-256 of every other entry
/// (the database snapshot, the uploaded files and the data-protection keys).
/// </summary>
public sealed record BackupManifest(int Format, DateTime CreatedAt, string? Migration, IReadOnlyDictionary<string, string> Sha256)
{
    public const string EntryName = "manifest.json";
    public const string DatabaseEntry = "database/jobsentinel.db";
    public const int CurrentFormat = 1;
}
