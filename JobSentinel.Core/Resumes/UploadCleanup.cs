using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Resumes;

/// <summary>
/// Keeps the uploads folder bounded: files no resume or job description refers to (a crash between writing
/// the file and the row) go after a day; the original files of resumes and job descriptions go after
/// <see cref="UploadsOptions.RetentionDays"/> (their text, parse and reports stay).
/// </summary>
public sealed partial class UploadCleanup(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    UploadStore uploads,
    IOptionsMonitor<UploadsOptions> options,
    TimeProvider timeProvider,
    ILogger<UploadCleanup> logger)
{
    private static readonly TimeSpan OrphanGrace = TimeSpan.FromDays(1);

    /// <summary>Deletes what is due; how many files were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var deleted = 0;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (options.CurrentValue.RetentionDays > 0)
        {
            var before = now.AddDays(-options.CurrentValue.RetentionDays);
            deleted += await ExpireAsync(context.Resumes.Where(r => r.StoredName != null && r.UploadedAt < before), r => r.StoredName, r => r.StoredName = null, context, cancellationToken);
            deleted += await ExpireAsync(context.JobDescriptionDocuments.Where(d => d.StoredName != null && d.CreatedAt < before), d => d.StoredName, d => d.StoredName = null, context, cancellationToken);
        }

        HashSet<string> referenced = [
            .. await context.Resumes.Where(r => r.StoredName != null).Select(r => r.StoredName!).ToListAsync(cancellationToken),
            .. await context.JobDescriptionDocuments.Where(d => d.StoredName != null).Select(d => d.StoredName!).ToListAsync(cancellationToken)];
        foreach (var (name, writtenAt) in uploads.List().ToList())
        {
            if (!referenced.Contains(name) && now - writtenAt > OrphanGrace)
            {
                uploads.Delete(name);
                deleted++;
            }
        }

        if (deleted > 0)
        {
            LogDeleted(logger, deleted);
        }

        return deleted;
    }

    private async Task<int> ExpireAsync<T>(
        IQueryable<T> due, Func<T, string?> storedName, Action<T> forget, JobSentinelDbContext context, CancellationToken cancellationToken)
        where T : class
    {
        var rows = await due.ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            uploads.Delete(storedName(row));
            forget(row);
        }

        await context.SaveChangesAsync(cancellationToken);
        return rows.Count;
    }

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Upload cleanup deleted {Count} file(s)")]
    private static partial void LogDeleted(ILogger logger, int count);
}
