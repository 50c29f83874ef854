using System.Text.RegularExpressions;

namespace JobSentinel.Core.Documents;

/// <summary>
/// Text and Markdown: newlines normalised, Markdown's markup reduced to the words a reader sees
/// (heading text, list items as bullet lines, emphasis and link syntax dropped).
/// </summary>
internal static partial class PlainTextExtractor
{
    public static ExtractedDocument Extract(string text, FileFormat format)
    {
        var writer = new LineWriter();
        var markdown = format == FileFormat.Markdown;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = markdown ? StripMarkdown(rawLine) : rawLine;
            if (string.IsNullOrWhiteSpace(line))
            {
                writer.EndBlock();
                continue;
            }

            writer.Write(line);
            writer.EndLine();
        }

        return new ExtractedDocument(format, writer.ToString(), DocumentLayout.Plain);
    }

    private static string StripMarkdown(string line)
    {
        if (HorizontalRule().IsMatch(line))
        {
            return string.Empty;
        }

        line = Heading().Replace(line, string.Empty);
        line = ListMarker().Replace(line, "• ");
        line = Image().Replace(line, "$1");
        line = Link().Replace(line, "$1 ($2)");
        line = Emphasis().Replace(line, "$2");
        return UnderscoreEmphasis().Replace(line, "$2");
    }

    [GeneratedRegex(@"^\s*#{1,6}\s+|\s+#+\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*[-*+]\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*([-*_])(\s*\1){2,}\s*$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    // Emphasis only where the markers hug the words, so "5 * 3" survives.
    [GeneratedRegex(@"(\*\*|\*|`)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    // Underscores also need a word boundary outside them, or snake_case identifiers lose theirs.
    [GeneratedRegex(@"(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")]
    private static partial Regex UnderscoreEmphasis();
}
