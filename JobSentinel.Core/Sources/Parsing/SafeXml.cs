using System.Xml;
using System.Xml.Linq;

namespace JobSentinel.Core.Sources.Parsing;

/// <summary>Loads a board's XML with DTDs prohibited and no resolver, so a hostile feed cannot pull in entities (XXE).</summary>
internal static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static XDocument Load(string? xml, string source)
    {
        // Whitespace or a BOM before the declaration is a reader error, yet harmless: skip it.
        var start = 0;
        while (xml is not null && start < xml.Length && (char.IsWhiteSpace(xml[start]) || xml[start] == '\uFEFF'))
        {
            start++;
        }

        if (xml is null || start == xml.Length)
        {
            throw new SourceFormatException($"{source} answered with an empty body instead of XML.");
        }

        if (LooksLikeHtml(xml.AsSpan(start)))
        {
            throw new SourceFormatException(
                $"{source} answered with an HTML page instead of XML (a Cloudflare challenge or an error page).");
        }

        try
        {
            using var reader = XmlReader.Create(new StringReader(start == 0 ? xml : xml[start..]), Settings);
            return XDocument.Load(reader);
        }
        catch (XmlException exception)
        {
            throw new SourceFormatException($"{source} answered with malformed XML: {exception.Message}", exception);
        }
    }

    /// <summary>The trimmed text of a child element; absent or blank is null.</summary>
    public static string? Text(this XElement parent, XName name) => PayloadText.Clean(parent.Element(name)?.Value);

    private static bool LooksLikeHtml(ReadOnlySpan<char> text) =>
        text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
}
