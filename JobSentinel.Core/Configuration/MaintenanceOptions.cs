namespace JobSentinel.Core.Configuration;

/// <summary>When housekeeping that can wait may run (section <c>JobSentinel:Maintenance</c>).</summary>
public sealed class MaintenanceOptions
{
    public const string SectionName = "JobSentinel:Maintenance";

    /// <summary>"Sun 02:00-04:00" (weekly) or "02:00-04:00" (daily), in <see cref="TimeZone"/>; empty = any time.</summary>
    public string? Window { get; set; }

    /// <summary>IANA or Windows time zone id of <see cref="Window"/>.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Cron (UTC) of the database's integrity check, ANALYZE and VACUUM; empty turns it off.</summary>
    public string DatabaseSchedule { get; set; } = "0 4 * * 0";
}
