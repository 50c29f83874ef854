using System.Buffers;
using System.IO.Hashing;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>
/// Description HTML as boards deliver it, made safe and searchable. Every member is pure and thread-safe.
/// </summary>
public static partial class HtmlContent
{
    private const int MaxDecodeRounds = 3;


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
            // Counts only as far as the comparison needs: escaped markup usually has no real tag at all.
            var escaped = EscapedTag().EnumerateMatches(html);
            if (!escaped.MoveNext())
            {
                break;
            }

            var real = RealTag().Count(html);
            var escapedCount = 1;
            while (escapedCount <= real && escaped.MoveNext())
            {
                escapedCount++;
            }

            if (escapedCount <= real)
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
    /// The output is rebuilt from tokens (<see cref="SafeHtml"/>), never copied from the input.
    /// </summary>
    public static string Sanitize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.Length == 0 ? html : SafeHtml.Sanitize(html);
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

    // "&lt;p", "&lt;/div", "&amp;lt;br", "&#60;li": a tag that was escaped once or more.
    [GeneratedRegex(@"&(?:amp;)*(?:lt|#0*60|#x0*3c);/?[a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex EscapedTag();

    [GeneratedRegex(@"<(?:/?[a-z][a-z0-9]*[\s/>]|!--)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex RealTag();
}
