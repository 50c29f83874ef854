using System.Net;
using System.Text;
using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Sources.Ats;

/// <summary>Small text rules shared by the ATS parsers (no regexes: these run once or more per posting).</summary>
internal static class AtsText
{
    /// <summary>Trimmed text, or null when it is empty.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return text.Trim();
    }

    /// <summary>"City, State, Country" from the parts that are present.</summary>
    public static string? JoinPlace(string? city, string? region, string? country)
    {
        city = Clean(city);
        region = Clean(region);
        country = Clean(country);
        return (city, region, country) switch
        {
            (null, null, null) => null,
            (_, null, null) => city,
            (null, _, null) => region,
            (null, null, _) => country,
            (_, _, null) => $"{city}, {region}",
            (_, null, _) => $"{city}, {country}",
            (null, _, _) => $"{region}, {country}",
            _ => $"{city}, {region}, {country}",
        };
    }

    /// <summary>A comma-separated place with its empty parts dropped ("Dubai, , United Arab Emirates" → "Dubai, United Arab Emirates").</summary>
    public static string? TidyPlace(string? text)
    {
        text = Clean(text);
        if (text is null || !text.Contains(','))
        {
            return text;
        }

        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>Adds <paramref name="value"/> unless it is empty or already listed (ignoring case).</summary>
    public static void AddDistinct(List<string> values, string? value)
    {
        value = Clean(value);
        if (value is null)
        {
            return;
        }

        foreach (var existing in values)
        {
            if (string.Equals(existing, value, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        values.Add(value);
    }

    /// <summary>A board's workplace word ("remote", "Hybrid", "on-site", "OnSite"); "unspecified" and unknown words are null.</summary>
    public static WorkplaceType? ParseWorkplace(string? text)
    {
        var value = text.AsSpan().Trim();
        if (value.Equals("remote", StringComparison.OrdinalIgnoreCase))
        {
            return WorkplaceType.Remote;
        }

        if (value.Equals("hybrid", StringComparison.OrdinalIgnoreCase))
        {
            return WorkplaceType.Hybrid;
        }

        return value.Equals("on-site", StringComparison.OrdinalIgnoreCase)
            || value.Equals("onsite", StringComparison.OrdinalIgnoreCase)
            || value.Equals("on_site", StringComparison.OrdinalIgnoreCase)
            || value.Equals("on site", StringComparison.OrdinalIgnoreCase)
            || value.Equals("in-office", StringComparison.OrdinalIgnoreCase)
            ? WorkplaceType.Onsite
            : null;
    }

    /// <summary>
    /// Appends the items of an HTML list fragment (<c>&lt;li&gt;…&lt;/li&gt;</c>) as plain lines; a fragment without
    /// items becomes one line.
    /// </summary>
    public static void AppendListItemsAsLines(StringBuilder target, string html)
    {
        var foundItem = false;
        var position = 0;
        while ((position = html.IndexOf("<li", position, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var afterName = position + 3;
            if (afterName < html.Length && html[afterName] != '>' && !char.IsWhiteSpace(html[afterName]))
            {
                position = afterName; // <link>, <list-…>: not an item
                continue;
            }

            var contentStart = html.IndexOf('>', afterName);
            if (contentStart < 0)
            {
                break;
            }

            contentStart++;
            var contentEnd = html.IndexOf("</li", contentStart, StringComparison.OrdinalIgnoreCase);
            if (contentEnd < 0)
            {
                contentEnd = html.Length;
            }

            foundItem |= AppendLine(target, PlainText(html.AsSpan(contentStart, contentEnd - contentStart)));
            position = contentEnd;
        }

        if (!foundItem)
        {
            AppendLine(target, PlainText(html));
        }
    }

    /// <summary>Text of an HTML fragment: tags dropped (block tags become spaces), entities decoded, whitespace collapsed.</summary>
    public static string PlainText(ReadOnlySpan<char> html)
    {
        var text = new StringBuilder(html.Length);
        var index = 0;
        while (index < html.Length)
        {
            var c = html[index];
            if (c != '<')
            {
                text.Append(c);
                index++;
                continue;
            }

            var close = html[index..].IndexOf('>');
            if (close < 0)
            {
                break; // a cut-off tag at the end
            }

            if (IsBlockTag(html.Slice(index + 1, close - 1)))
            {
                text.Append(' ');
            }

            index += close + 1;
        }

        return CollapseWhitespace(WebUtility.HtmlDecode(text.ToString()));
    }

    private static bool AppendLine(StringBuilder target, string line)
    {
        if (line.Length == 0)
        {
            return false;
        }

        target.Append(line).Append('\n');
        return true;
    }

    private static bool IsBlockTag(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/');
        var nameEnd = 0;
        while (nameEnd < tag.Length && char.IsAsciiLetterOrDigit(tag[nameEnd]))
        {
            nameEnd++;
        }

        var name = tag[..nameEnd];
        return name.Equals("br", StringComparison.OrdinalIgnoreCase)
            || name.Equals("p", StringComparison.OrdinalIgnoreCase)
            || name.Equals("div", StringComparison.OrdinalIgnoreCase)
            || name.Equals("li", StringComparison.OrdinalIgnoreCase)
            || name.Equals("ul", StringComparison.OrdinalIgnoreCase)
            || name.Equals("ol", StringComparison.OrdinalIgnoreCase)
            || name.Equals("tr", StringComparison.OrdinalIgnoreCase)
            || name.Equals("td", StringComparison.OrdinalIgnoreCase)
            || (name.Length == 2 && (name[0] is 'h' or 'H') && char.IsAsciiDigit(name[1]));
    }

    private static string CollapseWhitespace(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
