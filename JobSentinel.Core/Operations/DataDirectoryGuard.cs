namespace JobSentinel.Core.Operations;

/// <summary>Checks that the data directory exists (creating it) and can be written to.</summary>
public static class DataDirectoryGuard
{
    public static void EnsureWritable(string root)
    {
        try
        {
            Directory.CreateDirectory(root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new StartupException(
                $"The data directory '{root}' cannot be created: {ex.Message} " +
                "Set JobSentinel:DataDirectory (environment variable JobSentinel__DataDirectory) to a writable folder.", ex);
        }

        var probe = Path.Combine(root, $".write-test-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupException(
                $"The data directory '{root}' is not writable: {ex.Message} " +
                "Give the service account write access to it, or set JobSentinel:DataDirectory to a writable folder.", ex);
        }
    }

    /// <summary>Creates a folder only the service account can read (data-protection keys).</summary>
    public static void EnsurePrivateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
