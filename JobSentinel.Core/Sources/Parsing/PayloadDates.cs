using System.Globalization;

namespace JobSentinel.Core.Sources.Parsing;

/// <summary>
/// Boards' timestamps as UTC <see cref="DateTime"/>s: epoch seconds or milliseconds, ISO-8601 with or
/// without an offset, RFC 822. A value without a zone is taken as UTC (Remotive, USAJOBS send none).
/// </summary>
internal static class PayloadDates
{
    // Epoch seconds pass this only after the year 2286, so anything larger is milliseconds.
    private const long MillisecondsThreshold = 10_000_000_000;

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz",
        "d MMM yyyy HH:mm zzz",
        "d MMM yy HH:mm:ss zzz",
        "d MMM yy HH:mm zzz",
    ];

    public static DateTime? FromEpoch(long? value)
    {
        if (value is not > 0)
        {
            return null;
        }

        try
        {
            return value.Value > MillisecondsThreshold
                ? DateTime.UnixEpoch.AddMilliseconds(value.Value)
                : DateTime.UnixEpoch.AddSeconds(value.Value);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>ISO-8601 and the other shapes the invariant culture reads; no zone means UTC.</summary>
    public static DateTime? FromIso(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed.UtcDateTime
            : null;

    /// <summary>RFC 822 (RSS pubDate), e.g. "Fri, 10 Jul 2026 22:45:30 +0000" or "10 Jul 26 22:45 EST"; falls back to ISO.</summary>
    public static DateTime? FromRfc822(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();

        // The weekday is optional and often wrong in hand-made feeds, so it is ignored.
        var comma = text.IndexOf(',');
        if (comma is > 0 and <= 9)
        {
            text = text[(comma + 1)..].TrimStart();
        }

        var space = text.LastIndexOf(' ');
        if (space > 0)
        {
            text = string.Concat(text.AsSpan(0, space + 1), ZoneOffset(text[(space + 1)..]));
        }

        return DateTimeOffset.TryParseExact(text, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed.UtcDateTime
            : FromIso(value);
    }

    // RFC 822 allows named zones that .NET does not read; numeric offsets pass through.
    private static string ZoneOffset(string zone) => zone.ToUpperInvariant() switch
    {
        "GMT" or "UT" or "UTC" or "Z" => "+0000",
        "EST" => "-0500",
        "EDT" => "-0400",
        "CST" => "-0600",
        "CDT" => "-0500",
        "MST" => "-0700",
        "MDT" => "-0600",
        "PST" => "-0800",
        "PDT" => "-0700",
        _ => zone,
    };
}
