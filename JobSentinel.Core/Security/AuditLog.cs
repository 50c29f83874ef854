using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Security;

/// <summary>Writes and reads the security audit trail.</summary>
public sealed class AuditLog(IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider)
{
    private const int MaxDetail = 2000;
    private const string LikeEscape = "\\";

    public async Task WriteAsync(string kind, string? actor, string? remoteIp, string? detail, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.AuditEvents.Add(new AuditEvent
        {
            At = timeProvider.GetUtcNow().UtcDateTime,
            Kind = kind,
            Actor = Truncate(actor, 128),
            RemoteIp = Truncate(remoteIp, 64),
            Detail = Truncate(detail, MaxDetail),
        });
        await context.SaveChangesAsync(cancellationToken);
    }

    public Task<PagedResult<AuditEvent>> QueryAsync(string? kind, DateTime? since, int page, int pageSize, CancellationToken cancellationToken = default) =>
        QueryAsync(new AuditQuery(kind, null, null, since), page, pageSize, cancellationToken);

    /// <summary>Events matching every given filter, newest first, one page of them.</summary>
    public async Task<PagedResult<AuditEvent>> QueryAsync(AuditQuery filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = context.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            query = query.Where(e => e.Kind == filter.Kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = Contains(filter.Actor);
            query = query.Where(e => e.Actor != null && EF.Functions.Like(e.Actor, actor, LikeEscape));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = Contains(filter.Search);
            query = query.Where(e => e.Detail != null && EF.Functions.Like(e.Detail, search, LikeEscape));
        }

        if (filter.Since is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(e => e.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditEvent>(items, total, page, pageSize);
    }

    /// <summary>How many events of each of <paramref name="kinds"/> happened since <paramref name="since"/> (0 for none).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountSinceAsync(IReadOnlyCollection<string> kinds, DateTime since, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await context.AuditEvents.AsNoTracking()
            .Where(e => e.At >= since && kinds.Contains(e.Kind))
            .GroupBy(e => e.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Kind, g => g.Count, cancellationToken);
        return kinds.ToDictionary(k => k, k => counts.GetValueOrDefault(k));
    }

    // A LIKE pattern that finds the text anywhere, with the user's own % and _ taken literally.
    private static string Contains(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static string? Truncate(string? value, int max) =>
        value is { Length: > 0 } && value.Length > max ? value[..max] : value;
}
