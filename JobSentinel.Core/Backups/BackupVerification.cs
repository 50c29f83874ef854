namespace JobSentinel.Core.Backups;

/// <summary>The outcome of checking an archive: readable, every checksum right, the database's integrity check "ok".</summary>
public sealed record BackupVerification(string Name, bool Ok, int Files, IReadOnlyList<string> Problems)
{
    /// <summary>"name: ok", or the name and every problem: the audit log's line.</summary>
    public string Summary => $"{Name}: {(Ok ? "ok" : string.Join(" ", Problems))}";
}
