using System.Net;
using System.Text;

namespace JobSentinel.Core.Pipeline;

/// <summary>
/// The two text renderings of a generated document: Markdown for download and self-contained HTML for the preview
/// and for Chromium to print. Both come from the same sections, so what is previewed is what is exported.
/// </summary>
public static class DocumentFormats
{
    public static string ToMarkdown(string title, IReadOnlyList<DocumentSection> sections)
    {
        var markdown = new StringBuilder().Append("# ").AppendLine(title.Trim()).AppendLine();
        foreach (var section in sections)
        {
            if (!string.IsNullOrWhiteSpace(section.Heading))
            {
                markdown.Append("## ").AppendLine(section.Heading.Trim()).AppendLine();
            }

            foreach (var block in Blocks(section.Text))
            {
                foreach (var line in block.Lines)
                {
                    markdown.AppendLine(block.IsList ? "- " + line : line);
                }

                markdown.AppendLine();
            }
        }

        return markdown.ToString().TrimEnd() + "\n";
    }

    /// <summary>The body markup (no html/head), HTML-encoded: the live preview shows it inside the page.</summary>
    public static string ToHtmlBody(string title, IReadOnlyList<DocumentSection> sections)
    {
        var html = new StringBuilder("<article class=\"js-document\">");
        html.Append("<h1>").Append(Encode(title.Trim())).Append("</h1>");
        foreach (var section in sections)
        {
            html.Append("<section>");
            if (!string.IsNullOrWhiteSpace(section.Heading))
            {
                html.Append("<h2>").Append(Encode(section.Heading.Trim())).Append("</h2>");
            }

            foreach (var block in Blocks(section.Text))
            {
                if (block.IsList)
                {
                    html.Append("<ul>");
                    foreach (var line in block.Lines)
                    {
                        html.Append("<li>").Append(Encode(line)).Append("</li>");
                    }

                    html.Append("</ul>");
                }
                else
                {
                    html.Append("<p>").Append(string.Join("<br>", block.Lines.Select(Encode))).Append("</p>");
                }
            }

            html.Append("</section>");
        }

        return html.Append("</article>").ToString();
    }

    /// <summary>A whole page for printing: system fonts only (nothing fetched from the network), A4 and Letter friendly margins.</summary>
    public static string ToHtmlPage(string title, IReadOnlyList<DocumentSection> sections) =>
        $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{Encode(title.Trim())}</title>
        <style>{Css}</style></head>
        <body>{ToHtmlBody(title, sections)}</body></html>
        """;

    /// <summary>The document style, shared by the printed page and the in-app preview.</summary>
    public const string Css = """
        .js-document { font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; }
        .js-document h1 { font-size: 18pt; margin: 0 0 8pt; }
        .js-document h2 { font-size: 11.5pt; text-transform: uppercase; letter-spacing: .04em; border-bottom: 1px solid #999; margin: 12pt 0 4pt; padding-bottom: 2pt; }
        .js-document p { margin: 0 0 6pt; }
        .js-document ul { margin: 0 0 6pt 14pt; padding: 0; }
        .js-document li { margin: 0 0 2pt; }
        .js-document section { break-inside: auto; }
        .js-document h2 { break-after: avoid; }
        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private sealed record Block(bool IsList, List<string> Lines);

    /// <summary>Paragraphs split on blank lines; consecutive "- " / "• " lines form a list.</summary>
    private static IEnumerable<Block> Blocks(string text)
    {
        Block? current = null;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (current is not null)
                {
                    yield return current;
                    current = null;
                }

                continue;
            }

            var isItem = line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("• ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal);
            var content = isItem ? line[2..].Trim() : line;
            if (current is null || current.IsList != isItem)
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = new Block(isItem, []);
            }

            current.Lines.Add(content);
        }

        if (current is not null)
        {
            yield return current;
        }
    }
}
