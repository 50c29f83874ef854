using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JobSentinel.Core.Documents;

/// <summary>
/// The text a browser would show: scripts, styles and other invisible elements skipped, block
/// elements on their own lines, paragraphs and sections separated by blank lines.
/// </summary>
internal static class HtmlTextExtractor
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "iframe", "object",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "section", "article", "header",
        "footer", "main", "aside", "nav", "blockquote", "pre", "figure", "hr", "form", "fieldset",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "br", "li", "tr", "td", "th", "dt", "dd", "caption", "address", "figcaption", "label", "option",
    };

    public static ExtractedDocument Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var writer = new LineWriter();
        var root = (INode?)document.Body ?? document.DocumentElement;
        Walk(root, writer);
        var layout = DocumentLayout.Plain with
        {
            HasTables = document.QuerySelector("table") is not null,
            HasImages = document.QuerySelector("img, picture, svg") is not null,
        };
        return new ExtractedDocument(FileFormat.Html, writer.ToString(), layout);
    }

    private static void Walk(INode node, LineWriter writer)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                writer.Write(text.Data);
                continue;
            }

            if (child is not IElement element || Invisible.Contains(element.LocalName) || element.HasAttribute("hidden"))
            {
                continue;
            }

            var name = element.LocalName;
            var isParagraph = Paragraphs.Contains(name);
            var isLine = Lines.Contains(name);
            if (isParagraph)
            {
                writer.EndBlock();
            }
            else if (isLine)
            {
                writer.EndLine();
            }

            if (name.Equals("li", StringComparison.OrdinalIgnoreCase))
            {
                writer.Write("• ");
            }

            Walk(element, writer);
            if (isParagraph)
            {
                writer.EndBlock();
            }
            else if (isLine)
            {
                writer.EndLine();
            }
        }
    }
}
