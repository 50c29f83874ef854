namespace JobSentinel.Core.Configuration;

/// <summary>Thresholds of the health checks (section <c>JobSentinel:Health</c>).</summary>
public sealed class HealthOptions
{
    public const string SectionName = "JobSentinel:Health";

    /// <summary>Disk usage (percent) from which the disk check reports degraded.</summary>
    public double DiskDegradedPercent { get; set; } = 80;

    /// <summary>Disk usage (percent) from which the disk check reports unhealthy.</summary>
    public double DiskUnhealthyPercent { get; set; } = 90;

    /// <summary>How often the background monitor refreshes the live health panel.</summary>
    public int MonitorIntervalSeconds { get; set; } = 5;

    /// <summary>How long after the process starts a background server that has not announced itself yet counts as starting, not missing.</summary>
    public int StartupGraceSeconds { get; set; } = 10;
}
