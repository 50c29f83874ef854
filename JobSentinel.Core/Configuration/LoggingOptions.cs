namespace JobSentinel.Core.Configuration;

/// <summary>Log files in <c>{DataDirectory}/logs</c> (section <c>JobSentinel:Logging</c>).</summary>
public sealed class LoggingOptions
{
    public const string SectionName = "JobSentinel:Logging";

    public const int DefaultRetentionDays = 14;

    /// <summary>How many days of daily log files are kept; older files are deleted when a new day's file starts.</summary>
    public int RetentionDays { get; set; } = DefaultRetentionDays;
}
