using JobSentinel.Core.Configuration;
using JobSentinel.Core.Documents;
using JobSentinel.Tests.Builders;
using Microsoft.Extensions.Options;
using Format = JobSentinel.Core.Documents.FileFormat;

namespace JobSentinel.Tests.Unit.Documents;

public sealed class PdfReadingTests
{
    private static readonly DocumentReader Reader = new(Options.Create(new UploadsOptions()));

    [Fact]
    public void Read_OneColumnPdf_OneLinePerVisualLineInOrder()
    {
        var document = Reader.Read(TestPdfs.OneColumn(), "cv.pdf");

        Assert.Equal(Format.Pdf, document.Format);
        Assert.Equal([TestPdfs.Header, .. TestPdfs.MainColumn, .. TestPdfs.SideColumn], Lines(document));
        Assert.Equal(1, document.Layout.Columns);
    }

    [Fact]
    public void Read_TwoColumnPdfDrawnAcrossTheColumns_ReadsColumnByColumn()
    {
        var document = Reader.Read(TestPdfs.TwoColumns(), "cv.pdf");

        Assert.Equal([TestPdfs.Header, .. TestPdfs.MainColumn, .. TestPdfs.SideColumn], Lines(document));
        Assert.Equal(2, document.Layout.Columns);
    }

    [Fact]
    public void Read_TwoPages_PagesInOrderSeparatedByABlankLine()
    {
        var document = Reader.Read(TestPdfs.TwoPages(), "cv.pdf");

        Assert.Equal("First page about distributed systems\n\nSecond page about team leadership", document.Text);
        Assert.Equal(2, document.Layout.Pages);
    }

    [Fact]
    public void Read_ImageOnlyPdf_RejectedAsUnreadableScan()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(TestPdfs.ImageOnly(), "scan.pdf"));

        Assert.Equal(DocumentRejection.Unreadable, error.Reason);
        Assert.Contains("has no selectable text (scanned image?)", error.Message);
    }

    [Fact]
    public void Read_PasswordProtectedPdf_RejectedAsUnreadablePasswordProtected()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(TestPdfs.PasswordProtected(), "cv.pdf"));

        Assert.Equal(DocumentRejection.Unreadable, error.Reason);
        Assert.Contains("is password-protected", error.Message);
    }

    [Fact]
    public void Read_TruncatedPdf_RejectedAsUnreadableDamaged()
    {
        var pdf = TestPdfs.WithText("Jane Roe", "Staff engineer");

        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(pdf[..(pdf.Length / 3)], "cv.pdf"));

        Assert.Equal(DocumentRejection.Unreadable, error.Reason);
        Assert.Contains("is damaged or not a valid PDF", error.Message);
    }

    [Fact]
    public void Read_LoneGlyphBeforeContactDetail_RemovedAndCountedAsIcon()
    {
        var document = Reader.Read(TestPdfs.WithText("Jane Roe", "I +49 30 1234567", "# jane.roe@example.com"), "cv.pdf");

        Assert.Equal(["Jane Roe", "+49 30 1234567", "jane.roe@example.com"], Lines(document));
        Assert.Equal(2, document.Layout.IconGlyphs);
    }

    [Fact]
    public void Read_SeparatorBeforeContactDetail_Kept()
    {
        var document = Reader.Read(TestPdfs.WithText("jane.roe@example.com , +49 30 1234567"), "cv.pdf");

        Assert.Equal("jane.roe@example.com , +49 30 1234567", document.Text);
        Assert.Equal(0, document.Layout.IconGlyphs);
    }

    private static string[] Lines(ExtractedDocument document) =>
        document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
