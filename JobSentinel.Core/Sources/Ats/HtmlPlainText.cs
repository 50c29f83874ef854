using System.Net;
using System.Text;

namespace JobSentinel.Core.Sources.Ats;

/// <summary>
/// Plain text out of the small HTML fragments some boards split their adverts into (Lever's list items),
/// by a single pass over the characters: no regexes and no DOM for text this simple.
/// </summary>
internal static class HtmlPlainText
{
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
