using System.Globalization;

namespace JobSentinel.Core.Operations;

/// <summary>
/// A recurring window for housekeeping that can wait: "Sun 02:00-04:00" (weekly) or "02:00-04:00" (daily), in a time
/// zone; the end may be past midnight ("23:00-01:00").
/// </summary>
public sealed class MaintenanceWindow
{
    private readonly DayOfWeek? _day;
    private readonly TimeSpan _start;
    private readonly TimeSpan _length;
    private readonly TimeZoneInfo _zone;

    private MaintenanceWindow(DayOfWeek? day, TimeSpan start, TimeSpan length, TimeZoneInfo zone, string text)
    {
        _day = day;
        _start = start;
        _length = length;
        _zone = zone;
        Text = text;
    }

    public string Text { get; }

    /// <summary>The window, or the problem with <paramref name="text"/> (worded to follow the setting's name).</summary>
    public static (MaintenanceWindow? Window, string? Error) Parse(string text, TimeZoneInfo zone)
    {
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        DayOfWeek? day = null;
        if (parts.Length == 2)
        {
            var names = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedDayNames;
            var index = Array.FindIndex(names, n => n.Equals(parts[0], StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return (null, $"has an unknown day '{parts[0]}': use Mon, Tue, Wed, Thu, Fri, Sat or Sun.");
            }

            day = (DayOfWeek)index;
        }
        else if (parts.Length != 1)
        {
            return (null, "must look like \"Sun 02:00-04:00\" (weekly) or \"02:00-04:00\" (daily).");
        }

        var times = parts[^1].Split('-');
        if (times.Length != 2 || !TryTime(times[0], out var start) || !TryTime(times[1], out var end))
        {
            return (null, "must give the hours as HH:mm-HH:mm, e.g. \"Sun 02:00-04:00\" or \"02:00-04:00\".");
        }

        if (start == end)
        {
            return (null, "starts and ends at the same time.");
        }

        var length = end > start ? end - start : end + TimeSpan.FromDays(1) - start;
        return (new MaintenanceWindow(day, start, length, zone, $"{text.Trim()} ({zone.Id})"), null);
    }

    public bool Contains(DateTime utc) => Starts(utc.AddDays(-8), 9).Any(s => s <= utc && utc < s + _length);

    /// <summary>The first start of the window after <paramref name="utc"/>.</summary>
    public DateTime NextStart(DateTime utc) => Starts(utc.AddDays(-1), 9).First(s => s > utc);

    // The window's starts in UTC over a run of local days, in order.
    private IEnumerable<DateTime> Starts(DateTime fromUtc, int days)
    {
        var localDay = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc), _zone).Date;
        for (var i = 0; i <= days; i++)
        {
            var date = localDay.AddDays(i);
            if (_day is { } day && date.DayOfWeek != day)
            {
                continue;
            }

            var local = DateTime.SpecifyKind(date + _start, DateTimeKind.Unspecified);
            if (_zone.IsInvalidTime(local))
            {
                local = local.AddHours(1); // the start falls in a clock change's gap
            }

            yield return TimeZoneInfo.ConvertTimeToUtc(local, _zone);
        }
    }

    private static bool TryTime(string text, out TimeSpan time) =>
        TimeSpan.TryParseExact(text.Trim(), @"hh\:mm", CultureInfo.InvariantCulture, out time) && time < TimeSpan.FromDays(1);
}
