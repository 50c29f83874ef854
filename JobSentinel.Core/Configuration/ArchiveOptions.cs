namespace JobSentinel.Core.Configuration;

/// <summary>Automatic archiving of postings nobody has seen for a while (section <c>JobSentinel:Archive</c>).</summary>
public sealed class ArchiveOptions
{
    public const string SectionName = "JobSentinel:Archive";

    /// <summary>Postings not seen for more than this many days are archived; 0 turns the scheduled archive off.</summary>
    public int OlderThanDays { get; set; } = 90;

    /// <summary>Cron (UTC) of the scheduled archive; it waits for the maintenance window when one is set.</summary>
    public string Schedule { get; set; } = "10 3 * * *";
}
