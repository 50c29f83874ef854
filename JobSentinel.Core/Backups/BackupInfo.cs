namespace JobSentinel.Core.Backups;

/// <summary>One backup archive in the backups folder; a new one says where it was copied, or why the copy failed.</summary>
public sealed record BackupInfo(string Name, long SizeBytes, DateTime CreatedAt, string? CopiedTo = null, string? CopyError = null);
