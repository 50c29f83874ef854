using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using AlternateContentFallback = DocumentFormat.OpenXml.AlternateContentFallback;

namespace JobSentinel.Core.Documents;

/// <summary>
/// Writes the paragraphs of one part (body, header or footer) in document order, one line each, and
/// notes what the ATS report needs to know about them (tables, icon glyphs).
/// </summary>
internal sealed class DocxBodyWalker
{
    private readonly LineWriter _writer = new();

    public bool SawTable { get; private set; }

    public int IconGlyphCount { get; private set; }

    public string Text => _writer.ToString();

    public void WalkBlocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    WriteParagraph(paragraph);
                    break;
                case Table table:
                    SawTable = true;
                    _writer.EndBlock();
                    foreach (var cell in table.Elements<TableRow>().SelectMany(row => row.Elements<TableCell>()))
                    {
                        WalkBlocks(cell);
                    }

                    _writer.EndBlock();
                    break;
                default:
                    WalkBlocks(child);
                    break;
            }
        }
    }

    private void WriteParagraph(Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
        if (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            _writer.EndBlock();
        }

        if (paragraph.ParagraphProperties?.NumberingProperties is not null || style.Contains("List", StringComparison.OrdinalIgnoreCase))
        {
            _writer.Write("• ");
        }

        var textBoxes = new List<OpenXmlElement>();
        WriteInline(paragraph, textBoxes);
        if (_writer.CurrentLine is "" or "•")
        {
            // Empty paragraphs are how Word users space blocks apart.
            _writer.DiscardLine();
            _writer.EndBlock();
        }
        else
        {
            _writer.EndLine();
        }

        foreach (var textBox in textBoxes)
        {
            _writer.EndBlock();
            WalkBlocks(textBox);
            _writer.EndBlock();
        }
    }

    private void WriteInline(OpenXmlElement element, List<OpenXmlElement> textBoxes)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text text when IsIconRun(text.Parent as Run) && IconGlyphs.IsBullet(text.Text.Trim()):
                    _writer.Write("• ");
                    break;
                case Text text when IsIconRun(text.Parent as Run):
                    IconGlyphCount += text.Text.Length;
                    break;
                case Text text:
                    WriteCounted(text.Text);
                    break;
                case SymbolChar:
                    IconGlyphCount++;
                    break;
                case TabChar or PositionalTab:
                    _writer.Write(" ");
                    break;
                case Break or CarriageReturn:
                    _writer.EndLine();
                    break;
                case NoBreakHyphen:
                    _writer.Write("-");
                    break;
                case TextBoxContent:
                    textBoxes.Add(child);
                    break;
                case AlternateContentFallback:
                    break;
                default:
                    WriteInline(child, textBoxes);
                    break;
            }
        }
    }

    private void WriteCounted(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.ToString();
            if (IconGlyphs.HasPrivateUse(value))
            {
                IconGlyphCount++;
            }
            else
            {
                _writer.Write(value);
            }
        }
    }

    private static bool IsIconRun(Run? run)
    {
        var fonts = run?.RunProperties?.RunFonts;
        return fonts is not null && (IconGlyphs.IsIconFont(fonts.Ascii?.Value) || IconGlyphs.IsIconFont(fonts.HighAnsi?.Value));
    }
}
