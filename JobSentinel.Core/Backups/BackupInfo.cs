namespace JobSentinel.Core.Backups;

/// <summary>One backup archive in the backups folder.</summary>
public sealed record BackupInfo(string Name, long SizeBytes, DateTime CreatedAt);
