using System.Buffers;
using System.Collections.Frozen;
using System.IO.Hashing;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>
/// Description HTML as boards deliver it, made safe and searchable. Every member is pure and thread-safe:
/// the sanitizer is configured once and HtmlSanitizer's Sanitize is safe to share between threads.
/// </summary>
public static partial class HtmlContent
{
    private const int MaxDecodeRounds = 3;

    // Elements whose content is code or form controls, not prose: removed with everything inside.
    private static readonly FrozenSet<string> DropWithContent = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
        "svg", "math", "canvas", "audio", "video", "source", "track", "picture", "map", "select", "option",
        "optgroup", "datalist", "textarea", "button", "input", "title", "head", "meta", "link", "base", "xmp",
        "plaintext", "noembed", "noframes");

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = true });

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>
    /// Decodes HTML that arrived entity-escaped ("&amp;lt;p&amp;gt;", Greenhouse) or double-escaped
    /// ("&amp;amp;lt;p&amp;amp;gt;", Arbeitnow), one round at a time (at most three) while escaped tags
    /// outnumber real ones. Markup with real tags and a few literal entities is returned unchanged.
    /// </summary>
    public static string? DecodeEscaped(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return html;
        }

        for (var round = 0; round < MaxDecodeRounds; round++)
        {
            var escaped = EscapedTag().Count(html);
            if (escaped == 0 || RealTag().Count(html) >= escaped)
            {
                break;
            }

            html = WebUtility.HtmlDecode(html);
        }

        return html;
    }

    /// <summary>
    /// Keeps readable structure (paragraphs, lists, emphasis, headings, tables, links) and removes everything
    /// that can run, track or restyle: scripts, styles, iframes, forms, images, every attribute but href
    /// (http, https, mailto) and table spans. Links open in a new tab without referrer or follow.
    /// Costly on large documents (a full parse): sanitize once at ingest and skip unchanged descriptions
    /// by <see cref="ContentHash"/>.
    /// </summary>
    public static string Sanitize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.Length == 0 ? html : Sanitizer.Sanitize(html);
    }

    /// <summary>
    /// Plain text for search and scoring, in one pass without a DOM: block elements end lines, list items
    /// start with "- ", entities are decoded, spaces collapse and at most one blank line remains. Input
    /// without any tag is taken as text, so its own line breaks are kept.
    /// </summary>
    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return HtmlText.Convert(html);
    }

    /// <summary>
    /// Repairs UTF-8 that was read as Latin-1 or Windows-1252 ("donât" → "don’t", "Ã©" → "é",
    /// "â€™" → "’"). Only sequences that decode as valid UTF-8 are replaced, and only when the text shows
    /// the typical "Ã"/"Â"/"â" patterns; correct text ("SÃO PAULO", "café") comes back unchanged.
    /// </summary>
    public static string RepairMojibake(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Mojibake.Repair(text);
    }

    /// <summary>
    /// A stable 64-bit XxHash3 of the UTF-8 parts (null and empty differ); store it beside a sanitized
    /// description and sanitize again only when it changes.
    /// </summary>
    public static ulong ContentHash(string? a, string? b = null, string? c = null)
    {
        var hash = HashPart(a, seed: 0);
        hash = HashPart(b, unchecked((long)hash));
        return HashPart(c, unchecked((long)hash));
    }

    private static ulong HashPart(string? part, long seed)
    {
        if (part is null)
        {
            return XxHash3.HashToUInt64([0xFF], seed); // 0xFF never occurs in UTF-8
        }

        var length = Encoding.UTF8.GetMaxByteCount(part.Length);
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> buffer = rented is null ? stackalloc byte[1024] : rented;
            var written = Encoding.UTF8.GetBytes(part, buffer);
            return XxHash3.HashToUInt64(buffer[..written], seed);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "u", "h1", "h2", "h3", "h4", "h5", "h6",
                "a", "blockquote", "pre", "code", "table", "thead", "tbody", "tr", "th", "td", "hr", "span", "div",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "colspan", "rowspan" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        })
        {
            // Unknown wrappers (font, section, center...) keep their text; DropWithContent is emptied first.
            KeepChildNodes = true,

            // The default parser has CSS enabled and parses every inline style up front: 35 ms instead of
            // 2 ms on a 36 KB description of inline styles. No style attribute or element survives this
            // policy (they are removed before any CSS would be read), so CSS parsing buys nothing.
            // Scripting stays on, as in the default, so <noscript> parses the way browsers parse it.
            HtmlParserFactory = static () => Parser,
        };

        sanitizer.RemovingTag += static (_, e) =>
        {
            if (DropWithContent.Contains(e.Tag.LocalName))
            {
                while (e.Tag.LastChild is { } child)
                {
                    e.Tag.RemoveChild(child);
                }
            }
        };

        // Relative links would point at our own host once the description is shown here.
        sanitizer.FilterUrl += static (_, e) =>
        {
            if (e.SanitizedUrl is { } url && !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                e.SanitizedUrl = null;
            }
        };

        sanitizer.PostProcessNode += static (_, e) =>
        {
            if (e.Node is IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("rel", "nofollow noopener noreferrer");
                anchor.SetAttribute("target", "_blank");
            }
        };

        return sanitizer;
    }

    // "&lt;p", "&lt;/div", "&amp;lt;br", "&#60;li": a tag that was escaped once or more.
    [GeneratedRegex(@"&(?:amp;)*(?:lt|#0*60|#x0*3c);/?[a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex EscapedTag();

    [GeneratedRegex(@"<(?:/?[a-z][a-z0-9]*[\s/>]|!--)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex RealTag();
}
