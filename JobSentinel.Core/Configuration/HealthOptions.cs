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

    /// <summary>How often the background probe renders a tiny PDF with Chromium (the pdf_service check reads its result).</summary>
    public int PdfProbeMinutes { get; set; } = 10;

    /// <summary>How long after start the first PDF probe runs (Chromium's start competes with the app's own).</summary>
    public int PdfProbeDelaySeconds { get; set; } = 5;

    /// <summary>How often the disk and database checks prove with a real write that the data directory and database take writes.</summary>
    public int WriteProbeSeconds { get; set; } = 10;
}
