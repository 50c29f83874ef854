using System.Diagnostics;
using JobSentinel.Core.Data;

namespace JobSentinel.Core.Operations;

/// <summary>
/// An exclusive lock on the data directory so that only one process (server or writing CLI command)
/// uses it. The operating system releases it when the process ends, even after kill -9.
/// </summary>
public sealed class InstanceLock(DataPaths paths, TimeProvider timeProvider) : IDisposable
{
    private readonly Lock _gate = new();
    private FileStream? _lockStream;

    public bool IsHeld => _lockStream is not null;

    /// <summary>Takes the lock or throws a <see cref="StartupException"/> naming the process holding it.</summary>
    public void Acquire(string purpose)
    {
        lock (_gate)
        {
            if (_lockStream is not null)
            {
                return;
            }

            try
            {
                // On Unix, FileShare.None makes .NET take an advisory flock() that other processes honour.
                _lockStream = new FileStream(paths.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException ex)
            {
                throw new StartupException(
                    $"Another JobSentinel process is already using the data directory '{paths.Root}'{DescribeHolder()}. " +
                    "Stop it first, or point JobSentinel:DataDirectory at a different folder.", ex);
            }

            File.WriteAllText(paths.PidFile,
                $"{Environment.ProcessId}\n{purpose}\n{timeProvider.GetUtcNow():O}\n");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_lockStream is null)
            {
                return;
            }

            TryDelete(paths.PidFile);
            _lockStream.Dispose();
            _lockStream = null;
        }
    }

    private string DescribeHolder()
    {
        try
        {
            var lines = File.ReadAllLines(paths.PidFile);
            if (lines.Length >= 2 && int.TryParse(lines[0], out var pid))
            {
                var alive = IsRunning(pid) ? "" : ", which may have just exited";
                return $" (process {pid}, '{lines[1]}', since {(lines.Length > 2 ? lines[2] : "unknown")}{alive})";
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return "";
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
