using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Core.Data;

/// <summary>
/// Records an outcome (a run failed, a work item finished) that the disk refused — full or read-only — by trying
/// again until it takes it: otherwise the run would stay "running" until the next restart. SQLite rolled the failed
/// transaction back, so trying again is safe. Stops when <paramref name="cancellationToken"/> fires (shutdown):
/// then the outbox re-runs the work at the next start.
/// </summary>
public static partial class StorageRetry
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public static async Task SaveAsync(Func<Task> save, string what, ILogger logger, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var logged = false;
        while (true)
        {
            try
            {
                await save();
                return;
            }
            catch (Exception ex) when (IsStorageFailure(ex) && !cancellationToken.IsCancellationRequested)
            {
                if (!logged)
                {
                    LogWaiting(logger, what, ex.GetBaseException().Message);
                    logged = true;
                }
            }

            await Task.Delay(Interval, timeProvider, cancellationToken);
        }
    }

    /// <summary>The disk refused the write (full, read-only, I/O error), as opposed to a bug or a constraint.</summary>
    public static bool IsStorageFailure(Exception exception) =>
        (exception is DbUpdateException { InnerException: { } inner } ? inner : exception) is SqliteException { SqliteErrorCode: 8 or 10 or 13 or 14 };

    [LoggerMessage(EventId = 1100, Level = LogLevel.Error, Message = "Could not record {What}: {Error}; trying again until the data directory takes writes")]
    private static partial void LogWaiting(ILogger logger, string what, string error);
}
