using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Vml = DocumentFormat.OpenXml.Vml;

namespace JobSentinel.Tests.Builders;

/// <summary>Word documents made with the OpenXML SDK: a CV with a header, a list, a table and a text box.</summary>
public static class TestDocx
{
    public static byte[] Resume()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph("Jane Roe | jane.roe@example.com"));
            var image = main.AddImagePart(ImagePartType.Png);
            using (var png = new MemoryStream(TinyPng.Create()))
            {
                image.FeedData(png);
            }

            main.Document = new Document(new Body(
                Paragraph("Summary", style: "Heading1"),
                Paragraph("Backend engineer who likes boring technology."),
                Paragraph("Experience", style: "Heading1"),
                ListItem("Built the payments ledger"),
                ListItem("Led the move to Kubernetes"),
                new Table(
                    new TableRow(Cell("Language"), Cell("Years")),
                    new TableRow(Cell("Go"), Cell("6"))),
                new Paragraph(new Run(new Text("Before the box")), new Run(TextBox("Text box content"))),
                new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) })));
        }

        return stream.ToArray();
    }

    public static byte[] WithParagraphs(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(paragraphs.Select(text => Paragraph(text))));
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    private static Paragraph ListItem(string text)
    {
        var paragraph = Paragraph(text);
        paragraph.PrependChild(new ParagraphProperties(
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })));
        return paragraph;
    }

    private static TableCell Cell(string text) => new(Paragraph(text));

    private static Picture TextBox(string text) =>
        new(new Vml.Shape(new Vml.TextBox(new TextBoxContent(Paragraph(text)))) { Style = "width:100pt;height:20pt" });
}
