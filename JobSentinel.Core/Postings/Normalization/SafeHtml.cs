using System.Buffers;
using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>
/// The allowlist sanitizer behind <see cref="HtmlContent.Sanitize"/>. It never copies markup: the output
/// is rebuilt from tokens, so it can only contain the allowed tags, an href with an http(s)/mailto URL,
/// numeric table spans, and text that is re-encoded. Input the tokenizer misreads therefore ends up as
/// harmless text, never as markup. One pass, no DOM: ingest sanitizes tens of thousands of descriptions
/// a second (HtmlSanitizer's full parse was an order of magnitude slower).
/// </summary>
internal static class SafeHtml
{
    private static readonly FrozenSet<string> Allowed = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "u", "h1", "h2", "h3", "h4", "h5", "h6",
        "a", "blockquote", "pre", "code", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "hr", "span", "div");

    private static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "br", "hr");

    // Tag names are looked up without allocating; the sets hand back their own lower-case spelling.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AllowedNames = Allowed.GetAlternateLookup<ReadOnlySpan<char>>();

    // Elements whose content is code, styling, media or form controls, not prose: dropped with everything
    // inside. Void elements (embed, frame, img...) have no content: only their tag goes.
    private static readonly FrozenSet<string> DropWithContent = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "iframe", "frameset", "object", "applet",
        "svg", "math", "canvas", "audio", "video", "picture", "map", "select", "datalist", "textarea", "button",
        "title", "head", "xmp", "plaintext", "noembed", "noframes");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DroppedNames = DropWithContent.GetAlternateLookup<ReadOnlySpan<char>>();

    // Text characters that need work: entities to decode, markup characters to encode, NUL to drop.
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\0");

    // One output buffer per thread: ingest sanitizes on every core, one description after another.
    [ThreadStatic]
    private static StringBuilder? s_output;

    private const int MaxCachedCapacity = 64 * 1024;

    private const string LinkAttributes = " rel=\"nofollow noopener noreferrer\" target=\"_blank\"";

    public static string Sanitize(string html)
    {
        var output = s_output ?? new StringBuilder(html.Length);
        s_output = null; // a nested call (there is none) would get its own
        output.Clear();
        var open = new List<string>(16);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                AppendText(output, html.AsSpan(i));
                break;
            }

            AppendText(output, html.AsSpan(i, lt - i));
            i = ReadMarkup(html, lt, output, open);
        }

        for (var k = open.Count - 1; k >= 0; k--)
        {
            output.Append("</").Append(open[k]).Append('>');
        }

        var sanitized = output.ToString();
        if (output.Capacity <= MaxCachedCapacity)
        {
            s_output = output;
        }

        return sanitized;
    }

    /// <summary>Handles the markup starting at <paramref name="lt"/> and returns where the text resumes.</summary>
    private static int ReadMarkup(string html, int lt, StringBuilder output, List<string> open)
    {
        if (Follows(html, lt, "<!--"))
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        if (Follows(html, lt, "<!") || Follows(html, lt, "<?"))
        {
            var end = html.IndexOf('>', lt);
            return end < 0 ? html.Length : end + 1;
        }

        var position = lt + 1;
        var closing = position < html.Length && html[position] == '/';
        if (closing)
        {
            position++;
        }

        if (position >= html.Length || !char.IsAsciiLetter(html[position]))
        {
            output.Append("&lt;"); // a lone '<' is text
            return lt + 1;
        }

        var nameStart = position;
        while (position < html.Length && char.IsAsciiLetterOrDigit(html[position]))
        {
            position++;
        }

        // Only allowed and dropped elements need their name; any other tag just goes.
        var nameSpan = html.AsSpan(nameStart, position - nameStart);
        var isAllowed = AllowedNames.TryGetValue(nameSpan, out var name);
        var isDropped = !isAllowed && DroppedNames.TryGetValue(nameSpan, out name);
        name ??= "";
        var tag = ReadAttributes(html, position, name);
        if (tag.End < 0)
        {
            return html.Length; // the document ends inside a tag
        }

        if (!closing && isDropped)
        {
            if (tag.SelfClosing)
            {
                return tag.End;
            }

            var close = html.IndexOf("</" + name, tag.End, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                return html.Length;
            }

            var after = html.IndexOf('>', close);
            return after < 0 ? html.Length : after + 1;
        }

        if (isAllowed)
        {
            if (closing)
            {
                Close(name, output, open);
            }
            else
            {
                output.Append('<').Append(name);
                if (name == "a" && tag.Href is { } href)
                {
                    output.Append(" href=\"");
                    AppendAttribute(output, href);
                    output.Append('"').Append(LinkAttributes);
                }

                if (tag.Colspan is { } colspan)
                {
                    output.Append(" colspan=\"").Append(colspan).Append('"');
                }

                if (tag.Rowspan is { } rowspan)
                {
                    output.Append(" rowspan=\"").Append(rowspan).Append('"');
                }

                output.Append('>');
                if (!Void.Contains(name))
                {
                    open.Add(name);
                }
            }
        }

        return tag.End;
    }

    private static void Close(string name, StringBuilder output, List<string> open)
    {
        var index = open.LastIndexOf(name);
        if (index < 0)
        {
            return; // closing what is not open: ignore
        }

        for (var k = open.Count - 1; k >= index; k--)
        {
            output.Append("</").Append(open[k]).Append('>');
        }

        open.RemoveRange(index, open.Count - index);
    }

    private readonly record struct Tag(int End, bool SelfClosing, string? Href, string? Colspan, string? Rowspan);

    /// <summary>Reads attributes up to the tag's '&gt;' (quotes may hold '&gt;'); keeps only the ones the output may carry.</summary>
    private static Tag ReadAttributes(string html, int position, string name)
    {
        string? href = null, colspan = null, rowspan = null;
        var selfClosing = false;
        while (position < html.Length)
        {
            var c = html[position];
            if (c == '>')
            {
                return new Tag(position + 1, selfClosing, href, colspan, rowspan);
            }

            if (char.IsWhiteSpace(c) || c == '/')
            {
                selfClosing = c == '/';
                position++;
                continue;
            }

            selfClosing = false;
            var attributeStart = position;
            while (position < html.Length && html[position] is not ('=' or '>' or '/') && !char.IsWhiteSpace(html[position]))
            {
                position++;
            }

            var attribute = html.AsSpan(attributeStart, position - attributeStart);
            while (position < html.Length && char.IsWhiteSpace(html[position]))
            {
                position++;
            }

            string? value = null;
            if (position < html.Length && html[position] == '=')
            {
                position++;
                while (position < html.Length && char.IsWhiteSpace(html[position]))
                {
                    position++;
                }

                if (position < html.Length && html[position] is '"' or '\'')
                {
                    var quote = html[position];
                    var end = html.IndexOf(quote, position + 1);
                    if (end < 0)
                    {
                        return new Tag(-1, false, null, null, null);
                    }

                    value = html[(position + 1)..end];
                    position = end + 1;
                }
                else
                {
                    var valueStart = position;
                    while (position < html.Length && html[position] != '>' && !char.IsWhiteSpace(html[position]))
                    {
                        position++;
                    }

                    value = html[valueStart..position];
                }
            }

            if (value is null)
            {
                continue;
            }

            if (name == "a" && attribute.Equals("href", StringComparison.OrdinalIgnoreCase))
            {
                href = SafeUrl(value);
            }
            else if (name is "td" or "th" && attribute.Equals("colspan", StringComparison.OrdinalIgnoreCase))
            {
                colspan = Span(value);
            }
            else if (name is "td" or "th" && attribute.Equals("rowspan", StringComparison.OrdinalIgnoreCase))
            {
                rowspan = Span(value);
            }
        }

        return new Tag(-1, false, null, null, null);
    }

    /// <summary>An absolute http(s) or mailto URL, with the tabs and line breaks browsers ignore removed; null otherwise.</summary>
    private static string? SafeUrl(string value)
    {
        var decoded = WebUtility.HtmlDecode(value);
        var cleaned = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            if (!char.IsControl(c))
            {
                cleaned.Append(c);
            }
        }

        var url = cleaned.ToString().Trim();
        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return url.Length > 7 ? url : null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? url : null;
    }

    private static string? Span(string value) =>
        value.Trim() is { Length: > 0 and <= 3 } number && number.All(char.IsAsciiDigit) ? number : null;

    private static bool Follows(string html, int position, string prefix) =>
        string.CompareOrdinal(html, position, prefix, 0, prefix.Length) == 0;

    /// <summary>Text between tags: entities decoded, then only what HTML needs encoded.</summary>
    private static void AppendText(StringBuilder output, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var decoded = text.Contains('&') ? WebUtility.HtmlDecode(text.ToString()).AsSpan() : text;
        while (!decoded.IsEmpty)
        {
            var special = decoded.IndexOfAny(TextSpecials);
            if (special < 0)
            {
                output.Append(decoded);
                return;
            }

            output.Append(decoded[..special]);
            _ = decoded[special] switch
            {
                '&' => output.Append("&amp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                _ => output, // NUL
            };
            decoded = decoded[(special + 1)..];
        }
    }

    private static void AppendAttribute(StringBuilder output, string value)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '"' => output.Append("&quot;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                _ => output.Append(c),
            };
        }
    }
}
