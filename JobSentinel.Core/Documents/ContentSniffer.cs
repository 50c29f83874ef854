using System.Text.RegularExpressions;

namespace JobSentinel.Core.Documents;

/// <summary>
/// Decides the format from the bytes. Names are only trusted to choose between text-ish formats:
/// a renamed file is refused because its name no longer says what it is.
/// </summary>
internal static partial class ContentSniffer
{
    internal sealed record Result(FileFormat Format, string? Text);

    public static Result Sniff(byte[] content, string fileName, long maxUnpackedBytes)
    {
        var format = SniffFormat(content, fileName, maxUnpackedBytes, out var text);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            // An empty upload is empty whatever its name promises.
            throw DocumentReader.Empty(fileName);
        }

        FileNameRules.EnsureNameMatches(fileName, format);
        return new Result(format, text);
    }

    private static FileFormat SniffFormat(byte[] content, string fileName, long maxUnpackedBytes, out string? text)
    {
        text = null;
        if (IsPdf(content))
        {
            return FileFormat.Pdf;
        }

        if (ZipPackageInspector.IsZip(content))
        {
            var kind = ZipPackageInspector.Inspect(content, fileName, maxUnpackedBytes);
            return kind == ZipPackageInspector.Kind.WordDocument
                ? FileFormat.Docx
                : throw Unsupported(fileName, ZipPackageInspector.Describe(kind));
        }

        if (content.AsSpan().StartsWith(OleCompoundFile))
        {
            throw new DocumentRejectedException(
                DocumentRejection.Unreadable,
                $"'{fileName}' is password-protected or an old .doc: save it as .docx or PDF without a password.");
        }

        if (BinarySignatures.Describe(content) is { } binary)
        {
            throw Unsupported(fileName, binary);
        }

        text = TextDecoder.Decode(content) ?? throw Unsupported(fileName, "binary data (or text that is not UTF-8)");
        if (LooksLikeHtml(text))
        {
            return FileFormat.Html;
        }

        return FileNameRules.IsMarkdownName(fileName) || MarkdownHeading().IsMatch(text) || MarkdownListItem().Count(text) >= 2
            ? FileFormat.Markdown
            : FileFormat.Text;
    }

    private static ReadOnlySpan<byte> OleCompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // The PDF specification lets readers accept a header that starts anywhere in the first kilobyte.
    private static bool IsPdf(byte[] content) =>
        content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    private static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<body", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return start.StartsWith('<') && HtmlBlockTag().IsMatch(text);
    }

    private static DocumentRejectedException Unsupported(string fileName, string looksLike) =>
        new(
            DocumentRejection.UnsupportedType,
            $"'{fileName}' {FileNameRules.DescribeMismatch(fileName, looksLike)}. Upload a PDF, Word (.docx), text, Markdown or HTML file.");

    [GeneratedRegex(@"^#{1,6}[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^[ \t]*[-*+][ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex MarkdownListItem();

    [GeneratedRegex(@"<(p|div|br|h[1-6]|ul|ol|li|table|section|article|span)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlBlockTag();
}
