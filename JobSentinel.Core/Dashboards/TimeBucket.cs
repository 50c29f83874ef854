namespace JobSentinel.Core.Dashboards;

/// <summary>The width of one bar or point of a dashboard chart (UTC hours, days, or weeks starting on Monday).</summary>
public enum TimeBucket
{
    Hour,
    Day,
    Week,
}
