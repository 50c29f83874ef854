using System.Text;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Documents;
using JobSentinel.Tests.Builders;
using Microsoft.Extensions.Options;
using Format = JobSentinel.Core.Documents.FileFormat;

namespace JobSentinel.Tests.Unit.Documents;

public sealed class DocumentReaderSniffingTests
{
    private static readonly DocumentReader Reader = new(Options.Create(new UploadsOptions()));

    [Fact]
    public void Read_LargerThanMaxBytes_RejectedAsTooLargeNamingTheLimit()
    {
        var reader = new DocumentReader(Options.Create(new UploadsOptions { MaxBytes = 1024 * 1024 }));

        var error = Assert.Throws<DocumentRejectedException>(() => reader.Read(new byte[(1024 * 1024) + 1], "cv.txt"));

        Assert.Equal(DocumentRejection.TooLarge, error.Reason);
        Assert.Contains("1 MB", error.Message);
    }

    [Fact]
    public async Task ReadAsync_StreamLongerThanMaxBytes_RejectedAsTooLarge()
    {
        var reader = new DocumentReader(Options.Create(new UploadsOptions { MaxBytes = 1000 }));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(new string('a', 5000)));

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => reader.ReadAsync(stream, "cv.txt", CancellationToken.None));

        Assert.Equal(DocumentRejection.TooLarge, error.Reason);
    }

    [Fact]
    public void Read_PngRenamedPdf_RejectedAsUnsupportedSayingItIsAnImage()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(TinyPng.Create(), "resume.pdf"));

        Assert.Equal(DocumentRejection.UnsupportedType, error.Reason);
        Assert.Contains("looks like a PNG image", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "a JPEG image")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0 }, "a GIF image")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0 }, "a Windows program")]
    [InlineData(new byte[] { 0x41, 0x42, 0, 0x43, 0x01, 0x02 }, "binary data")]
    public void Read_BinaryContent_RejectedAsUnsupportedSayingWhatItLooksLike(byte[] content, string lookslike)
    {
        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(content, "upload"));

        Assert.Equal(DocumentRejection.UnsupportedType, error.Reason);
        Assert.Contains(lookslike, error.Message);
    }

    [Fact]
    public void Read_DocxRenamedPdf_RejectedAsUnsupportedNamingBothFormats()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(TestDocx.WithParagraphs("Jane Roe"), "resume.pdf"));

        Assert.Equal(DocumentRejection.UnsupportedType, error.Reason);
        Assert.Contains("named .pdf but its content is a Word document", error.Message);
    }

    [Fact]
    public void Read_PlainTextNamedDocx_RejectedAsUnsupported()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read("Jane Roe\nEngineer"u8.ToArray(), "resume.docx"));

        Assert.Equal(DocumentRejection.UnsupportedType, error.Reason);
        Assert.Contains("named .docx but its content is plain text", error.Message);
    }

    [Theory]
    [InlineData("resume.txt")]
    [InlineData("resume.md")]
    [InlineData("resume.html")]
    [InlineData("resume")]
    [InlineData("resume.rtf.bak")]
    public void Read_TextUnderAnyTextishOrUnknownName_Accepted(string fileName)
    {
        var document = Reader.Read("Jane Roe\nEngineer"u8.ToArray(), fileName);

        Assert.Contains("Jane Roe", document.Text);
    }

    [Fact]
    public void Read_PdfWithoutExtension_SniffedAsPdf()
    {
        var document = Reader.Read(TestPdfs.WithText("Jane Roe"), "upload");

        Assert.Equal(Format.Pdf, document.Format);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t \n")]
    public void Read_EmptyOrWhitespace_RejectedAsUnreadableEmpty(string content)
    {
        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read(Encoding.UTF8.GetBytes(content), "resume.pdf"));

        Assert.Equal(DocumentRejection.Unreadable, error.Reason);
        Assert.Contains("is empty", error.Message);
    }

    [Fact]
    public void Read_Utf16WithBom_DecodedAsText()
    {
        var content = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Jürgen Müller\nIngenieur")).ToArray();

        var document = Reader.Read(content, "lebenslauf.txt");

        Assert.Equal(Format.Text, document.Format);
        Assert.Equal("Jürgen Müller\nIngenieur", document.Text);
    }

    [Fact]
    public void Read_InvalidUtf8_RejectedAsUnsupported()
    {
        var error = Assert.Throws<DocumentRejectedException>(() => Reader.Read([0x4A, 0x61, 0xFC, 0x72, 0x67, 0x65, 0x6E], "cv.txt"));

        Assert.Equal(DocumentRejection.UnsupportedType, error.Reason);
    }
}
