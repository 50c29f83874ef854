using System.Globalization;

namespace JobSentinel.Core.Sources.Ats;

/// <summary>Board timestamps to UTC <see cref="DateTime"/>s: ISO-8601 with or without offset, epoch seconds or milliseconds.</summary>
internal static class AtsDates
{
    // Epoch seconds stay below 1e11 until the year 5138, epoch milliseconds pass it in 1973.
    private const long MillisecondsThreshold = 100_000_000_000;
    private const long MaxEpochMilliseconds = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

    /// <summary>The instant in <paramref name="text"/>; a value without zone is taken as UTC, unreadable text as unknown.</summary>
    public static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.AsSpan().Trim();
        if (IsDigits(value))
        {
            return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) ? FromEpoch(epoch) : null;
        }

        // Recruitee writes "2026-07-30 19:46:15 UTC", a suffix DateTimeOffset does not read.
        if (value.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase))
        {
            value = value[..^4];
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime
            : null;
    }

    /// <summary>An epoch timestamp in seconds or milliseconds (told apart by size); 0 and negatives are unknown.</summary>
    public static DateTime? FromEpoch(long? value)
    {
        if (value is not > 0)
        {
            return null;
        }

        var milliseconds = value.Value < MillisecondsThreshold ? value.Value * 1000 : value.Value;
        return milliseconds <= MaxEpochMilliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime : null;
    }

    private static bool IsDigits(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
