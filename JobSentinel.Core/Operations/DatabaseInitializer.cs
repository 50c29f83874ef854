using JobSentinel.Core.Data;

namespace JobSentinel.Core.Operations;

/// <summary>
/// Everything that must hold before the app touches its data: a writable data directory, the
/// instance lock, a readable database file, and the schema at the latest migration.
/// </summary>
public sealed class DatabaseInitializer(DataPaths paths, InstanceLock instanceLock, DatabaseMigrator migrator)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _initialized;

    /// <summary>Idempotent: later calls in the same process return at once.</summary>
    public async Task InitializeAsync(string purpose, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_initialized)
            {
                await InitializeOnceAsync(purpose, cancellationToken);
                _initialized = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task InitializeOnceAsync(string purpose, CancellationToken cancellationToken)
    {
        DataDirectoryGuard.EnsureWritable(paths.Root);
        instanceLock.Acquire(purpose);
        DataDirectoryGuard.EnsurePrivateFolder(paths.Keys);
        DatabaseFileGuard.EnsureUsable(paths.Database);
        await migrator.PrepareAsync(cancellationToken);
        await migrator.MigrateAsync(null, cancellationToken);
    }
}
