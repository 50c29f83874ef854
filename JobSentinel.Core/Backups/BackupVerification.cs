namespace JobSentinel.Core.Backups;

/// <summary>The outcome of checking an archive: readable, every checksum right, the database's integrity check "ok".</summary>
public sealed record BackupVerification(string Name, bool Ok, int Files, IReadOnlyList<string> Problems);
