using JobSentinel.Core.Configuration;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Documents;

/// <summary>
/// Turns an uploaded resume or job description into text. The content decides the format, never the
/// name alone; anything that cannot be read is refused with a <see cref="DocumentRejectedException"/>.
/// </summary>
public sealed class DocumentReader(IOptions<UploadsOptions> options)
{
    private const double BytesPerMegabyte = 1024 * 1024;

    /// <summary>Reads a whole upload held in memory.</summary>
    public ExtractedDocument Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var limits = options.Value;
        if (content.LongLength > limits.MaxBytes)
        {
            throw new DocumentRejectedException(
                DocumentRejection.TooLarge,
                $"'{fileName}' is larger than the {Megabytes(limits.MaxBytes)} MB limit for uploads.");
        }

        var sniffed = ContentSniffer.Sniff(content, fileName, limits.MaxUnpackedBytes);
        var document = sniffed.Format switch
        {
            FileFormat.Pdf => PdfTextExtractor.Extract(content, fileName),
            FileFormat.Docx => DocxTextExtractor.Extract(content, fileName),
            FileFormat.Html => HtmlTextExtractor.Extract(sniffed.Text!),
            _ => PlainTextExtractor.Extract(sniffed.Text!, sniffed.Format),
        };

        return string.IsNullOrWhiteSpace(document.Text) ? throw Empty(fileName) : document;
    }

    /// <summary>
    /// Reads an upload from a stream without buffering more than the size limit allows, so an
    /// oversized body is refused before it is held in memory.
    /// </summary>
    public async Task<ExtractedDocument> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var maxBytes = options.Value.MaxBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new DocumentRejectedException(
                    DocumentRejection.TooLarge,
                    $"'{fileName}' is larger than the {Megabytes(maxBytes)} MB limit for uploads.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.ToArray(), fileName);
    }

    internal static DocumentRejectedException Empty(string fileName) =>
        new(DocumentRejection.Unreadable, $"'{fileName}' is empty: there is no text in it to analyse.");

    internal static string Megabytes(long bytes) =>
        (bytes / BytesPerMegabyte).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
