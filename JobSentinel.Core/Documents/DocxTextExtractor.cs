using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordColumns = DocumentFormat.OpenXml.Wordprocessing.Columns;

namespace JobSentinel.Core.Documents;

/// <summary>
/// Word documents, walked paragraph by paragraph in body order (Body.InnerText would glue the
/// paragraphs together): table cells, text boxes, headers and footers each give their own lines.
/// The zip has already been checked for bombs by <see cref="ZipPackageInspector"/>.
/// </summary>
internal static class DocxTextExtractor
{
    public static ExtractedDocument Extract(byte[] content, string fileName)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), isEditable: false);
            var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
            var body = main.Document?.Body ?? throw new InvalidDataException("The document has no body.");

            var headers = new DocxBodyWalker();
            foreach (var header in main.HeaderParts.Select(part => part.Header).Distinct())
            {
                headers.WalkBlocks(header!);
            }

            var footers = new DocxBodyWalker();
            foreach (var footer in main.FooterParts.Select(part => part.Footer).Distinct())
            {
                footers.WalkBlocks(footer!);
            }

            var bodyWalker = new DocxBodyWalker();
            bodyWalker.WalkBlocks(body);

            var headerText = Distinct(headers.Text);
            var footerText = Distinct(footers.Text);
            var text = string.Join("\n\n", new[] { headerText, bodyWalker.Text, footerText }.Where(part => part.Length > 0));
            var hasImages = main.ImageParts.Any()
                || main.HeaderParts.Any(part => part.ImageParts.Any())
                || body.Descendants<Drawing>().Any();
            var layout = new DocumentLayout(
                Pages: 1,
                Columns: Columns(body),
                HasTables: bodyWalker.SawTable || headers.SawTable,
                HasImages: hasImages,
                IconGlyphs: headers.IconGlyphCount + bodyWalker.IconGlyphCount + footers.IconGlyphCount,
                HasHeaderOrFooterText: headerText.Length > 0 || footerText.Length > 0);
            return new ExtractedDocument(FileFormat.Docx, text, layout);
        }
        catch (Exception exception) when (exception is not DocumentRejectedException and not OutOfMemoryException)
        {
            throw new DocumentRejectedException(
                DocumentRejection.Unreadable,
                $"'{fileName}' is damaged or not a valid Word document: open it in Word and save it again as .docx.");
        }
    }

    // Word repeats the same header on first, even and odd pages; keep each line once.
    private static string Distinct(string text) =>
        string.Join('\n', text.Split('\n').Where(line => line.Length > 0).Distinct());

    private static int Columns(Body body) =>
        body.Descendants<WordColumns>()
            .Select(columns => columns.ColumnCount?.Value ?? 1)
            .DefaultIfEmpty((short)1)
            .Max();
}
