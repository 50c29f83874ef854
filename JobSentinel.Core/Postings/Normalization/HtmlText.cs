using System.Buffers;
using System.Net;
using System.Text;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>
/// HTML to plain text in a single forward pass over the characters: no DOM, no regex, one pooled buffer.
/// Tolerates broken markup (unclosed tags, truncated input, stray "&lt;").
/// </summary>
internal static class HtmlText
{
    private const int MaxTagName = 12;
    private const int MaxEntityLength = 32;

    // What ends a run of ordinary characters: markup, entities, every space (char.IsWhiteSpace) and the invisible
    // characters PlainTextBuffer drops. Runs in between are copied whole.
    private static readonly SearchValues<char> NotOrdinary = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) || c is '<' or '&' or '\u00AD' or '\u200B' or '\uFEFF')]);

    private enum Block
    {
        Inline,
        LineBreak,
        Line,
        Paragraph,
        Cell,
        ListItem,
        Skip,
        Pre,
    }

    public static string Convert(string html)
    {
        if (html.Length == 0)
        {
            return html;
        }

        var output = new PlainTextBuffer(html.Length + 16);
        try
        {
            var keepNewlines = !html.Contains('<');
            var preDepth = 0;
            var i = 0;
            while (i < html.Length)
            {
                var c = html[i];
                if (c == '<' && TryReadTag(html, i, out var name, out var closing, out var tagEnd))
                {
                    i = tagEnd;
                    var block = Classify(name);
                    switch (block)
                    {
                        case Block.Skip when !closing && html[i - 2] != '/':
                            i = SkipElementContent(html, i, name);
                            break;
                        case Block.Pre:
                            preDepth = Math.Max(0, preDepth + (closing ? -1 : 1));
                            output.Break(2);
                            break;
                        case Block.Paragraph:
                            output.Break(2);
                            break;
                        case Block.Line:
                            output.Break(1);
                            break;
                        case Block.LineBreak:
                            output.Break(Math.Min(2, output.TrailingNewlines + 1)); // "<br><br>" leaves a blank line
                            break;
                        case Block.ListItem when !closing:
                            output.Bullet();
                            break;
                        case Block.ListItem:
                            output.Break(1);
                            break;
                        case Block.Cell:
                            output.Space();
                            break;
                    }

                    continue;
                }

                if (c == '<' && i + 1 < html.Length && html[i + 1] is '!' or '?')
                {
                    i = SkipMarkupDeclaration(html, i);
                    continue;
                }

                if (c == '&' && TryDecodeEntity(html, i, ref output, out var entityEnd))
                {
                    i = entityEnd;
                    continue;
                }

                if (c == '\n' && (keepNewlines || preDepth > 0))
                {
                    output.Break(output.TrailingNewlines > 0 ? 2 : 1);
                    i++;
                }
                else if (NotOrdinary.Contains(c))
                {
                    output.Text(c);
                    i++;
                }
                else
                {
                    var run = html.AsSpan(i).IndexOfAny(NotOrdinary);
                    var length = run < 0 ? html.Length - i : run;
                    output.Word(html.AsSpan(i, length));
                    i += length;
                }
            }

            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    private static Block Classify(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[MaxTagName];
        if (name.Length > MaxTagName)
        {
            return Block.Inline;
        }

        name.ToLowerInvariant(lower);
        return lower[..name.Length] switch
        {
            "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "dl" or "table" or "blockquote"
                or "section" or "article" or "header" or "footer" or "main" or "aside" or "nav" or "figure"
                or "address" or "fieldset" or "form" or "details" or "hr" => Block.Paragraph,
            "br" => Block.LineBreak,
            "div" or "tr" or "dt" or "dd" or "caption" or "summary" or "figcaption" or "center" => Block.Line,
            "li" => Block.ListItem,
            "td" or "th" => Block.Cell,
            "pre" => Block.Pre,
            "script" or "style" or "head" or "title" or "noscript" or "template" or "svg" or "math" or "iframe"
                or "object" or "select" or "textarea" or "canvas" or "video" or "audio" => Block.Skip,
            _ => Block.Inline,
        };
    }

    // "<name ...>" or "</name>"; quotes in attributes may hide '>'. False for a '<' that starts no tag.
    private static bool TryReadTag(string html, int start, out ReadOnlySpan<char> name, out bool closing, out int end)
    {
        name = default;
        end = start;
        var i = start + 1;
        closing = i < html.Length && html[i] == '/';
        if (closing)
        {
            i++;
        }

        if (i >= html.Length || !char.IsAsciiLetter(html[i]))
        {
            return false;
        }

        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':'))
        {
            i++;
        }

        name = html.AsSpan(nameStart, i - nameStart);
        end = FindTagEnd(html, i);
        return true;
    }

    private static int FindTagEnd(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        // An unbalanced quote: fall back to the first '>' (or drop the truncated tag at the end).
        var plain = html.IndexOf('>', from);
        return plain < 0 ? html.Length : plain + 1;
    }

    private static int SkipElementContent(string html, int from, ReadOnlySpan<char> name)
    {
        Span<char> closingTag = stackalloc char[MaxTagName + 2];
        "</".CopyTo(closingTag);
        name.CopyTo(closingTag[2..]);
        var found = html.AsSpan(from).IndexOf(closingTag[..(name.Length + 2)], StringComparison.OrdinalIgnoreCase);
        return found < 0 ? html.Length : FindTagEnd(html, from + found + name.Length + 2);
    }

    private static int SkipMarkupDeclaration(string html, int start)
    {
        if (html.AsSpan(start).StartsWith("<!--"))
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var end = html.IndexOf('>', start);
        return end < 0 ? html.Length : end + 1;
    }

    private static bool TryDecodeEntity(string html, int start, ref PlainTextBuffer output, out int end)
    {
        end = start;
        var limit = Math.Min(html.Length, start + MaxEntityLength);
        var semicolon = html.AsSpan(start + 1, limit - start - 1).IndexOf(';');
        if (semicolon <= 0)
        {
            return false;
        }

        var body = html.AsSpan(start + 1, semicolon);
        if (body[1..].ContainsAnyExceptInRange('0', 'z') || !char.IsAsciiLetterOrDigit(body[^1]))
        {
            return false; // "AT&T; ..." or "a & b;": not an entity
        }

        end = start + semicolon + 2;
        if (body[0] == '#')
        {
            var hex = body.Length > 1 && body[1] is 'x' or 'X';
            var digits = body[(hex ? 2 : 1)..];
            if (!int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                return false;
            }

            output.Text(Rune.IsValid(code) && code != 0 ? new Rune(code) : Rune.ReplacementChar);
            return true;
        }

        switch (body)
        {
            case "amp": output.Text('&'); return true;
            case "lt": output.Text('<'); return true;
            case "gt": output.Text('>'); return true;
            case "quot": output.Text('"'); return true;
            case "apos": output.Text('\''); return true;
            case "nbsp": output.Text(' '); return true;
        }

        // Rarer named entities (&rsquo;, &eacute;, ...): the framework's table; unknown names stay literal.
        var entity = html.Substring(start, semicolon + 2);
        var decoded = WebUtility.HtmlDecode(entity);
        if (decoded == entity)
        {
            return false;
        }

        foreach (var rune in decoded.EnumerateRunes())
        {
            output.Text(rune);
        }

        return true;
    }
}
