using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Postings;

/// <summary>
/// Archives postings not seen for a while: they leave the default list but stay stored, searchable with
/// <c>status=archived</c> and exportable. Starred postings and postings with notes are kept as they are.
/// A later sighting by a run opens an archived posting again (<see cref="JobStore"/>).
/// </summary>
public sealed class ArchiveService(IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>Rows per statement: each batch is its own short write transaction, so runs and triage are never held up long.</summary>
    public const int BatchSize = 2_000;

    /// <summary>Archives postings whose last sighting is more than <paramref name="olderThanDays"/> days old; how many.</summary>
    public async Task<int> ArchiveAsync(int olderThanDays, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(olderThanDays);
        var cutoff = JobStore.FormatDate(timeProvider.GetUtcNow().UtcDateTime.AddDays(-olderThanDays));
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var total = 0;
        while (true)
        {
            var archived = await context.Database.ExecuteSqlInterpolatedAsync(
                $"""
                UPDATE Jobs SET Status = 'Archived'
                WHERE Id IN (SELECT Id FROM Jobs WHERE Status <> 'Archived' AND LastSeenAt < {cutoff}
                             AND Starred = 0 AND (Notes IS NULL OR trim(Notes) = '') LIMIT {BatchSize})
                """, cancellationToken);
            total += archived;
            if (archived < BatchSize)
            {
                return total;
            }
        }
    }
}
