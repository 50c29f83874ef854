using System.Globalization;

namespace JobSentinel.Core.Alerts;

/// <summary>Wording and text limits shared by every channel's payload, so that all channels say the same thing.</summary>
internal static class AlertText
{
    public const string Ellipsis = "…";

    public static int TotalCount(AlertMessage message) => message.Items.Count + Math.Max(0, message.MoreCount);

    /// <summary>Postings left out: the message's own <see cref="AlertMessage.MoreCount"/> plus those beyond a channel's cap.</summary>
    public static int MoreCount(AlertMessage message, int shown) => TotalCount(message) - shown;

    public static string Header(AlertMessage message)
    {
        var total = TotalCount(message);
        return message.Kind switch
        {
            AlertMessageKind.Test => "Test alert from JobSentinel",
            AlertMessageKind.Digest => $"Daily digest: {Matches(total)}",
            _ when total == 1 => $"New match for {message.ProfileName}",
            _ => $"{total} new matches for {message.ProfileName}",
        };
    }

    public static string TestIntro(AlertMessage message) =>
        $"If you can read this, alerts for \"{message.ChannelName}\" arrive here. A sample posting:";

    public static string MoreLine(int more) => $"{Ellipsis}and {more} more";

    public static string Matches(int count) => count == 1 ? "1 match" : $"{count} matches";

    public static string Percent(double score) =>
        (double.IsNaN(score) ? 0 : Math.Round(Math.Clamp(score, 0, 1) * 100, MidpointRounding.AwayFromZero)).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Reasons(AlertItem item) => string.Join("; ", item.Reasons.Where(reason => !string.IsNullOrWhiteSpace(reason)));

    /// <summary>"Company · Location" with whichever parts are present.</summary>
    public static string CompanyAndLocation(AlertItem item) =>
        string.Join(" · ", new[] { item.Company, item.Location }.Where(part => !string.IsNullOrWhiteSpace(part)));

    /// <summary>Only absolute http(s) URLs become links: a board could hand us a javascript: or data: URL.</summary>
    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="max"/> characters, ending with "…" when cut.</summary>
    public static string Truncate(string text, int max) => Fit(text, max, static value => value);

    /// <summary>
    /// The escaped form of <paramref name="raw"/>, cut (before escaping, so no escape sequence is split)
    /// until the escaped text with its "…" fits in <paramref name="max"/> characters.
    /// </summary>
    public static string Fit(string raw, int max, Func<string, string> escape)
    {
        var whole = escape(raw);
        if (whole.Length <= max)
        {
            return whole;
        }

        if (max <= 0)
        {
            return "";
        }

        // The longest prefix whose escaped form plus the ellipsis still fits.
        int low = 0, high = raw.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Cut(raw, middle, escape).Length <= max)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        var fitted = Cut(raw, low, escape);
        return fitted.Length <= max ? fitted : "";
    }

    private static string Cut(string raw, int length, Func<string, string> escape)
    {
        // Never split a surrogate pair.
        if (length > 0 && char.IsHighSurrogate(raw[length - 1]))
        {
            length--;
        }

        return escape(raw[..length].TrimEnd()) + Ellipsis;
    }
}
