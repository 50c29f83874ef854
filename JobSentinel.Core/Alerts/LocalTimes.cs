using System.Globalization;

namespace JobSentinel.Core.Alerts;

/// <summary>Quiet hours and digest times: "HH:mm" local times in a channel's time zone.</summary>
public static class LocalTimes
{
    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>"22:00-07:00" → (22:00, 07:00); the window may wrap midnight.</summary>
    public static bool TryParseWindow(string? text, out TimeOnly start, out TimeOnly end)
    {
        start = end = default;
        var parts = text?.Split('-', StringSplitOptions.TrimEntries);
        return parts is { Length: 2 } && TryParseTime(parts[0], out start) && TryParseTime(parts[1], out end) && start != end;
    }

    public static TimeZoneInfo? FindZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    /// <summary>The end of the quiet window <paramref name="utcNow"/> falls in, or null when it falls in none.</summary>
    public static DateTime? QuietUntil(string? window, TimeZoneInfo zone, DateTime utcNow)
    {
        if (!TryParseWindow(window, out var start, out var end))
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone);
        var now = TimeOnly.FromDateTime(local);
        var inside = start < end ? now >= start && now < end : now >= start || now < end;
        if (!inside)
        {
            return null;
        }

        var endDate = DateOnly.FromDateTime(local);
        if (end <= now)
        {
            endDate = endDate.AddDays(1);
        }

        return ToUtc(endDate.ToDateTime(end), zone);
    }

    /// <summary>The first digest time strictly after <paramref name="afterUtc"/>.</summary>
    public static DateTime NextDaily(TimeOnly time, TimeZoneInfo zone, DateTime afterUtc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(afterUtc, zone);
        var candidate = DateOnly.FromDateTime(local).ToDateTime(time);
        if (candidate <= local)
        {
            candidate = candidate.AddDays(1);
        }

        return ToUtc(candidate, zone);
    }

    // A local time skipped by a daylight-saving jump is taken an hour later.
    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone);
}
