using JobSentinel.Core.Dashboards;

namespace JobSentinel.Web.Components.Shared;

/// <summary>Chart labels of the dashboards: a few readable ones, the others left blank so they do not overlap.</summary>
public static class DashboardFormat
{
    public static string[] Labels(IReadOnlyList<DateTime> starts, TimeBucket bucket, int maxLabels = 12)
    {
        var step = Math.Max(1, (int)Math.Ceiling(starts.Count / (double)maxLabels));
        return [.. starts.Select((start, i) => i % step == 0 ? Label(start, bucket) : "")];
    }

    public static string Label(DateTime start, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Hour => start.ToString("HH:00", System.Globalization.CultureInfo.InvariantCulture),
        _ => start.ToString("MMM d", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A y-axis step giving about four to five gridlines up to <paramref name="max"/> (1, 2, 5, 10, 20, 50...).</summary>
    public static int YAxisStep(double max)
    {
        var step = 1;
        while (max / step > 5)
        {
            step = step.ToString(System.Globalization.CultureInfo.InvariantCulture)[0] == '2' ? step / 2 * 5 : step * 2;
        }

        return step;
    }

    /// <summary>"3 min ago", "5 h ago", "2 d ago".</summary>
    public static string Ago(DateTime at, DateTime now)
    {
        var age = now - at;
        return age.TotalMinutes < 1 ? "just now"
            : age.TotalHours < 1 ? $"{(int)age.TotalMinutes} min ago"
            : age.TotalDays < 1 ? $"{(int)age.TotalHours} h ago"
            : $"{(int)age.TotalDays} d ago";
    }
}
