namespace JobSentinel.Core.Configuration;

/// <summary>Scheduled backups (section <c>JobSentinel:Backups</c>).</summary>
public sealed class BackupsOptions
{
    public const string SectionName = "JobSentinel:Backups";

    /// <summary>Cron (UTC) of the automatic backup; empty turns it off.</summary>
    public string Schedule { get; set; } = "30 2 * * *";

    /// <summary>How many archives are kept; older ones are deleted after each scheduled backup.</summary>
    public int Retention { get; set; } = 30;

    /// <summary>An absolute folder (another disk, a mounted share) that receives a copy of every new archive; empty for none.</summary>
    public string? CopyTo { get; set; }
}
