using System.Diagnostics;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>
/// A small tmpfs mounted on a temporary folder: a real disk that fills up, and that can be remounted read-only.
/// The tests run as root, where chmod blocks nothing; a mount is what really refuses writes. Skips the test
/// when the sandbox does not allow mounting.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    public static TmpfsMount Create(int megabytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"jobsentinel-tmpfs-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        if (Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path) is { } error)
        {
            Directory.Delete(path);
            Assert.Skip($"Cannot mount a tmpfs here: {error}");
        }

        return new TmpfsMount(path);
    }

    /// <summary>
    /// Lays a read-only bind mount over the folder (a plain remount is refused while the app holds files open):
    /// every new open or file creation answers EROFS, as on a file system the kernel turned read-only.
    /// </summary>
    public void ReadOnly()
    {
        Assert.Null(Run("mount", "--bind", Path, Path));
        Assert.Null(Run("mount", "-o", "remount,bind,ro", Path));
    }

    /// <summary>Removes the read-only layer again.</summary>
    public void ReadWrite() => Assert.Null(Run("umount", Path));

    /// <summary>Writes a filler file until the file system answers ENOSPC; returns its path.</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler.bin");
        var chunk = new byte[64 * 1024];
        using var stream = new FileStream(filler, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        try
        {
            while (true)
            {
                stream.Write(chunk);
            }
        }
        catch (IOException)
        {
            // Full. Tail chunks may still fit in part: fill those bytes too.
            foreach (var size in new[] { 4096, 512, 1 })
            {
                try
                {
                    while (true)
                    {
                        stream.Write(chunk, 0, size);
                    }
                }
                catch (IOException)
                {
                }
            }
        }

        return filler;
    }

    public void Dispose()
    {
        // The read-only layer, if a test left it, then the tmpfs.
        while (IsMountPoint(Path) && Run("umount", "-l", Path) is null)
        {
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static bool IsMountPoint(string path) =>
        File.ReadAllLines("/proc/mounts").Any(line => line.Split(' ')[1] == path);

    private static string? Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : error.Trim();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return ex.Message;
        }
    }
}
