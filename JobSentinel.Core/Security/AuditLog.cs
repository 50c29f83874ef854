using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Security;

/// <summary>Writes and reads the security audit trail.</summary>
public sealed class AuditLog(IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider)
{
    private const int MaxDetail = 2000;

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

    public async Task<PagedResult<AuditEvent>> QueryAsync(string? kind, DateTime? since, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = context.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(kind))
        {
            query = query.Where(e => e.Kind == kind);
        }

        if (since is { } from)
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

    private static string? Truncate(string? value, int max) =>
        value is { Length: > 0 } && value.Length > max ? value[..max] : value;
}
