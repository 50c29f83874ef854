using System.Security.Cryptography;
using JobSentinel.Core.Data;
using JobSentinel.Core.Documents;

namespace JobSentinel.Core.Resumes;

/// <summary>
/// The uploaded files under <c>{DataDirectory}/uploads</c>, stored under random names (never the user's file
/// name, so no path can be injected) with the extension of the format their content was recognised as.
/// </summary>
public sealed class UploadStore(DataPaths paths)
{
    /// <summary>Writes a file and returns its stored name. Written to a temporary name first, so a crash never leaves half a file under a real name.</summary>
    public async Task<string> SaveAsync(byte[] content, FileFormat format, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.Uploads);
        var name = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}{Extension(format)}";
        var temporary = Path.Combine(paths.Uploads, name + ".tmp");
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, Path.Combine(paths.Uploads, name));
        return name;
    }

    public void Delete(string? storedName)
    {
        if (storedName is not null && IsStoredName(storedName))
        {
            File.Delete(Path.Combine(paths.Uploads, storedName));
        }
    }

    /// <summary>Stored files (name, last write time); temporary files included, they are orphans by definition.</summary>
    public IEnumerable<(string Name, DateTime WrittenAt)> List() =>
        Directory.Exists(paths.Uploads)
            ? new DirectoryInfo(paths.Uploads).EnumerateFiles().Select(f => (f.Name, f.LastWriteTimeUtc))
            : [];

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static bool IsStoredName(string name) => name == Path.GetFileName(name) && !name.StartsWith('.');

    private static string Extension(FileFormat format) => format switch
    {
        FileFormat.Pdf => ".pdf",
        FileFormat.Docx => ".docx",
        FileFormat.Html => ".html",
        FileFormat.Markdown => ".md",
        _ => ".txt",
    };
}
