using JobSentinel.Core.Health;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Tests.Unit.Configuration;

/// <summary>The operator reads what went wrong, whatever errno the kernel gave (real mounts are tested in DataDirectoryWriteFailureTests).</summary>
public sealed class WriteFailuresTests
{
    [Theory]
    [InlineData(WriteFailures.Enospc, "No space left on device: the data directory /data cannot be written.")]
    [InlineData(WriteFailures.Edquot, "No space left on device: the data directory /data cannot be written.")]
    [InlineData(WriteFailures.Erofs, "The data directory /data is read-only.")]
    public void DataDirectory_IoErrno_IsNamed(int errno, string expected) =>
        Assert.Equal(expected, WriteFailures.DataDirectory(new IOException("raw", errno), "/data"));

    [Fact]
    public void DataDirectory_PermissionDenied_IsNamed() =>
        Assert.Equal("The data directory /data is not writable (permission denied).",
            WriteFailures.DataDirectory(new UnauthorizedAccessException("Access to the path is denied."), "/data"));

    [Theory]
    [InlineData(13, "No space left on device: the database /data/jobsentinel.db cannot grow.")]
    [InlineData(8, "The database /data/jobsentinel.db is read-only.")]
    public void Database_SqliteCode_IsNamed(int code, string expected) =>
        Assert.Equal(expected, WriteFailures.Database(new SqliteException("raw", code), "/data/jobsentinel.db"));
}
