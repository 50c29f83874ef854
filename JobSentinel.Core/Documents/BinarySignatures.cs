namespace JobSentinel.Core.Documents;

/// <summary>
/// Magic numbers of the files people upload by mistake, so the refusal can say what the file is
/// rather than only that it is not supported.
/// </summary>
internal static class BinarySignatures
{
    private static readonly (byte[] Magic, string Description)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"),
        ("GIF89a"u8.ToArray(), "a GIF image"),
        ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
        ([0x7F, 0x45, 0x4C, 0x46], "a program (ELF executable)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ("{\\rtf"u8.ToArray(), "an RTF document (save it as .docx or PDF)"),
        ("%!PS"u8.ToArray(), "a PostScript file"),
    ];

    /// <summary>What the content looks like when it starts with a known binary signature; null otherwise.</summary>
    public static string? Describe(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, description) in Signatures)
        {
            if (content.StartsWith(magic))
            {
                return description;
            }
        }

        // Two-letter signatures collide with ordinary text, so they only count together with binary bytes.
        if (content.StartsWith("MZ"u8) && content.Contains((byte)0))
        {
            return "a Windows program";
        }

        if (content.StartsWith("BM"u8) && content.Contains((byte)0))
        {
            return "a BMP image";
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return "a WebP image";
        }

        return null;
    }
}
