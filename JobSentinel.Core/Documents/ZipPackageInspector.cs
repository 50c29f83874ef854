using System.IO.Compression;
using System.IO.Hashing;

namespace JobSentinel.Core.Documents;

/// <summary>
/// Looks inside a zip before any parser touches it: what kind of package it is, and whether it would
/// unpack to far more than it weighs (a zip bomb). Declared sizes can lie: .NET stops reading an
/// entry at its declared size, so every entry is read through once, counting the bytes against the
/// limit and checking them against the entry's CRC, which a truncated (lying) entry fails.
/// </summary>
internal static class ZipPackageInspector
{
    private const int MaxEntries = 1000;
    private const int MaxCompressionRatio = 100;
    private const long RatioCheckedAbove = 1024 * 1024;

    internal enum Kind
    {
        WordDocument,
        Spreadsheet,
        Presentation,
        OpenDocument,
        OtherArchive,
    }

    public static bool IsZip(ReadOnlySpan<byte> content) =>
        content.StartsWith("PK\u0003\u0004"u8) || content.StartsWith("PK\u0005\u0006"u8);

    public static Kind Inspect(byte[] content, string fileName, long maxUnpackedBytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            CheckDeclaredSizes(archive, fileName, maxUnpackedBytes);
            CheckActualSizes(archive, fileName, maxUnpackedBytes);
            return KindOf(archive);
        }
        catch (InvalidDataException)
        {
            throw new DocumentRejectedException(
                DocumentRejection.Unreadable,
                $"'{fileName}' is damaged: its zip container cannot be read or a part does not match its declared size.");
        }
    }

    public static string Describe(Kind kind) => kind switch
    {
        Kind.Spreadsheet => "an Excel workbook",
        Kind.Presentation => "a PowerPoint presentation",
        Kind.OpenDocument => "an OpenDocument file (save it as .docx or PDF)",
        _ => "a zip archive, not a Word document",
    };

    private static void CheckDeclaredSizes(ZipArchive archive, string fileName, long maxUnpackedBytes)
    {
        if (archive.Entries.Count > MaxEntries)
        {
            throw TooLarge(fileName, $"holds more than {MaxEntries} parts");
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            var suspiciouslyCompressed = entry.Length > RatioCheckedAbove
                && entry.Length > (long)MaxCompressionRatio * Math.Max(entry.CompressedLength, 1);
            if (total > maxUnpackedBytes || suspiciouslyCompressed)
            {
                throw TooLarge(fileName, $"unpacks to more than {DocumentReader.Megabytes(maxUnpackedBytes)} MB or is compressed suspiciously well");
            }
        }
    }

    private static void CheckActualSizes(ZipArchive archive, string fileName, long maxUnpackedBytes)
    {
        var buffer = new byte[16 * 1024];
        long total = 0;
        var crc = new Crc32();
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            crc.Reset();
            long entryBytes = 0;
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                entryBytes += read;
                total += read;
                if (entryBytes > entry.Length || total > maxUnpackedBytes)
                {
                    throw TooLarge(fileName, $"unpacks to more than {DocumentReader.Megabytes(maxUnpackedBytes)} MB");
                }

                crc.Append(buffer.AsSpan(0, read));
            }

            if (crc.GetCurrentHashAsUInt32() != entry.Crc32)
            {
                throw new InvalidDataException($"The entry '{entry.FullName}' does not match its declared size or checksum.");
            }
        }
    }

    private static Kind KindOf(ZipArchive archive)
    {
        bool Has(string name) => archive.GetEntry(name) is not null;
        if (Has("word/document.xml"))
        {
            return Kind.WordDocument;
        }

        if (Has("xl/workbook.xml"))
        {
            return Kind.Spreadsheet;
        }

        if (Has("ppt/presentation.xml"))
        {
            return Kind.Presentation;
        }

        return Has("mimetype") && Has("content.xml") ? Kind.OpenDocument : Kind.OtherArchive;
    }

    private static DocumentRejectedException TooLarge(string fileName, string what) =>
        new(DocumentRejection.TooLarge, $"'{fileName}' {what}; it looks like a zip bomb and was not opened.");
}
