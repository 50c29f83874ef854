using JobSentinel.Core.Configuration;
using JobSentinel.Core.Documents;
using JobSentinel.Tests.Builders;
using Microsoft.Extensions.Options;
using Format = JobSentinel.Core.Documents.FileFormat;

namespace JobSentinel.Tests.Unit.Documents;

public sealed class DocxReadingTests
{
    private static readonly DocumentReader Reader = new(Options.Create(new UploadsOptions()));

    [Fact]
    public void Read_Docx_ParagraphsOnTheirOwnLinesInBodyOrder()
    {
        var document = Reader.Read(TestDocx.WithParagraphs("Jane Roe", "Staff engineer", "Berlin"), "cv.docx");

        Assert.Equal(Format.Docx, document.Format);
        Assert.Equal("Jane Roe\nStaff engineer\nBerlin", document.Text);
    }

    [Fact]
    public void Read_DocxResume_HeaderListTableAndTextBoxAllExtracted()
    {
        var document = Reader.Read(TestDocx.Resume(), "cv.docx");

        var lines = document.Text.Split('\n');
        Assert.Equal("Jane Roe | jane.roe@example.com", lines[0]);
        Assert.Contains("• Built the payments ledger", lines);
        Assert.Contains("• Led the move to Kubernetes", lines);
        Assert.Equal(["Language", "Years", "Go", "6"], lines.SkipWhile(line => line != "Language").Take(4));
        Assert.Contains("Before the box", lines);
        Assert.Contains("Text box content", lines);
    }

    [Fact]
    public void Read_DocxResume_LayoutReportsTablesImagesAndHeader()
    {
        var layout = Reader.Read(TestDocx.Resume(), "cv.docx").Layout;

        Assert.True(layout.HasTables);
        Assert.True(layout.HasImages);
        Assert.True(layout.HasHeaderOrFooterText);
    }

    [Fact]
    public void Read_ZipBombOf200MegabytesOfZeros_RejectedAsTooLargeBeforeUnpacking()
    {
        var bomb = TestZips.Bomb(200L * 1024 * 1024);

        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(bomb, "cv.docx"));

        Assert.Equal(DocumentRejection.TooLarge, error.Reason);
        Assert.Contains("unpacks to more than", error.Message);
    }

    [Fact]
    public void Read_ZipUnderstatingItsSize_RejectedBeforeTheDocumentIsParsed()
    {
        var zip = TestZips.LyingAboutSize(actualBytes: 3 * 1024 * 1024, declaredBytes: 1000);

        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(zip, "cv.docx"));

        Assert.Equal(DocumentRejection.Unreadable, error.Reason);
        Assert.Contains("does not match its declared size", error.Message);
    }

    [Fact]
    public void Read_MoreThanAThousandParts_RejectedAsTooLarge()
    {
        var zip = TestZips.WithEntries([.. Enumerable.Range(0, 1001).Select(i => ($"word/part{i}.xml", "<x/>")), ("word/document.xml", "<x/>")]);

        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(zip, "cv.docx"));

        Assert.Equal(DocumentRejection.TooLarge, error.Reason);
    }

    [Fact]
    public void Read_OleCompoundFile_RejectedAsUnreadablePasswordProtectedOrOldDoc()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(ole, "cv.docx"));

        Assert.Equal(DocumentRejection.Unreadable, error.Reason);
        Assert.Contains("password-protected or an old .doc", error.Message);
    }

    [Fact]
    public void Read_CorruptZip_RejectedAsUnreadable()
    {
        byte[] corrupt = [.. "PK\u0003\u0004"u8, .. new byte[200]];

        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(corrupt, "cv.docx"));

        Assert.Equal(DocumentRejection.Unreadable, error.Reason);
    }

    [Fact]
    public void Read_ZipWithBrokenDocumentPart_RejectedAsUnreadable()
    {
        var zip = TestZips.WithEntries(("word/document.xml", "<w:document><not xml"));

        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(zip, "cv.docx"));

        Assert.Equal(DocumentRejection.Unreadable, error.Reason);
        Assert.Contains("not a valid Word document", error.Message);
    }

    [Theory]
    [InlineData("xl/workbook.xml", "an Excel workbook")]
    [InlineData("content.xml", "a zip archive")]
    public void Read_OtherZipPackages_RejectedAsUnsupported(string entry, string looksLike)
    {
        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(TestZips.WithEntries((entry, "<x/>")), "cv.docx"));

        Assert.Equal(DocumentRejection.UnsupportedType, error.Reason);
        Assert.Contains(looksLike, error.Message);
    }

    [Fact]
    public void Read_DocxWithOnlyEmptyParagraphs_RejectedAsEmpty()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(TestDocx.WithParagraphs(" ", ""), "cv.docx"));

        Assert.Equal(DocumentRejection.Unreadable, error.Reason);
        Assert.Contains("is empty", error.Message);
    }
}
