using System.Text;

namespace JobSentinel.Core.Documents;

/// <summary>
/// Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM; anything else, or text holding NUL or
/// other control characters, is treated as binary.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text, or null when the bytes are not text.</summary>
    public static string? Decode(ReadOnlySpan<byte> content)
    {
        var (encoding, bom) = content switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)StrictUtf8, 3),
            [0xFF, 0xFE, ..] => (StrictUtf16LittleEndian, 2),
            [0xFE, 0xFF, ..] => (StrictUtf16BigEndian, 2),
            _ => (StrictUtf8, 0),
        };

        string text;
        try
        {
            text = encoding.GetString(content[bom..]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return HasBinaryControl(text) ? null : text;
    }

    private static bool HasBinaryControl(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' and not ('\t' or '\n' or '\r' or '\f') || c == '\u007F')
            {
                return true;
            }
        }

        return false;
    }
}
