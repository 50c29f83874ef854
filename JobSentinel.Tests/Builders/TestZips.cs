using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace JobSentinel.Tests.Builders;

/// <summary>Zip containers for the package checks: other Office formats, bombs, lying headers.</summary>
public static class TestZips
{
    public static byte[] WithEntries(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return stream.ToArray();
    }

    /// <summary>A "DOCX" whose document part is <paramref name="zeroBytes"/> of zeros, compressed as it is written.</summary>
    public static byte[] Bomb(long zeroBytes)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < zeroBytes; written += zeros.Length)
            {
                entry.Write(zeros, 0, (int)Math.Min(zeros.Length, zeroBytes - written));
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A zip whose only entry holds <paramref name="actualBytes"/> of spaces but whose local and central
    /// headers claim <paramref name="declaredBytes"/>, the trick that defeats a check of declared sizes.
    /// </summary>
    public static byte[] LyingAboutSize(int actualBytes, int declaredBytes)
    {
        var zip = WithEntries(("word/document.xml", new string(' ', actualBytes)));
        const int LocalHeaderUncompressedSize = 22;
        const int CentralHeaderUncompressedSize = 24;
        BinaryPrimitives.WriteInt32LittleEndian(zip.AsSpan(LocalHeaderUncompressedSize), declaredBytes);
        var central = zip.AsSpan().LastIndexOf("PK\u0001\u0002"u8);
        BinaryPrimitives.WriteInt32LittleEndian(zip.AsSpan(central + CentralHeaderUncompressedSize), declaredBytes);
        return zip;
    }
}
