using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Alerts;

/// <summary>An alert as the API and the Alerts page show it.</summary>
public sealed record AlertView(
    long Id, int ChannelId, string Channel, long JobId, string? JobTitle, string? Company, double Score, string Kind, string Status,
    int Attempts, DateTime? NextAttemptAt, string? LastError, DateTime MatchedAt, DateTime CreatedAt, DateTime? SentAt, double? LatencySeconds);

/// <summary>What the user does with the outbox: look at it, retry failed alerts (one or all), purge what is pending.</summary>
public sealed class AlertOutbox(IDbContextFactory<JobSentinelDbContext> contextFactory, AlertSignal signal)
{
    public static IReadOnlyList<string> Statuses { get; } = ["pending", "sent", "failed"];

    public async Task<PagedResult<AlertView>> ListAsync(string? status, int? channelId, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = context.Alerts.AsNoTracking();
        query = status switch
        {
            "pending" => query.Where(a => a.Status == AlertStatus.Pending || a.Status == AlertStatus.Sending),
            "sent" => query.Where(a => a.Status == AlertStatus.Sent),
            "failed" => query.Where(a => a.Status == AlertStatus.Failed),
            _ => query,
        };
        if (channelId is { } channel)
        {
            query = query.Where(a => a.ChannelId == channel);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await (
            from a in query.OrderByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize)
            join c in context.AlertChannels on a.ChannelId equals c.Id
            join j in context.Jobs on a.JobId equals j.Id into jobs
            from j in jobs.DefaultIfEmpty()
            select new { Alert = a, Channel = c.Name, Title = (string?)j.Title, Company = (string?)j.Company })
            .ToListAsync(cancellationToken);
        return new PagedResult<AlertView>([.. rows.Select(r => new AlertView(
            r.Alert.Id, r.Alert.ChannelId, r.Channel, r.Alert.JobId, r.Title, r.Company, r.Alert.Score, Lower(r.Alert.Kind.ToString()),
            r.Alert.Status == AlertStatus.Sending ? "pending" : Lower(r.Alert.Status.ToString()), r.Alert.Attempts, r.Alert.NextAttemptAt,
            r.Alert.LastError, r.Alert.MatchedAt, r.Alert.CreatedAt, r.Alert.SentAt,
            r.Alert.SentAt is { } sent ? Math.Round((sent - r.Alert.MatchedAt).TotalSeconds, 3) : null))], total, page, pageSize);
    }

    /// <summary>A failed alert goes back to the queue at once; false when it does not exist, null when it is not failed.</summary>
    public async Task<bool?> RetryAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var alert = await context.Alerts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null)
        {
            return false;
        }

        if (alert.Status != AlertStatus.Failed)
        {
            return null;
        }

        Requeue(alert);
        await context.SaveChangesAsync(cancellationToken);
        signal.Set();
        return true;
    }

    public async Task<int> RetryFailedAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var count = await context.Alerts.Where(a => a.Status == AlertStatus.Failed).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Status, AlertStatus.Pending)
            .SetProperty(a => a.Attempts, 0)
            .SetProperty(a => a.NextAttemptAt, (DateTime?)null), cancellationToken);
        signal.Set();
        return count;
    }

    /// <summary>Drops every alert still waiting (never those being sent this instant). The postings will not be alerted on those channels.</summary>
    public async Task<int> PurgePendingAsync(int? channelId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = context.Alerts.Where(a => a.Status == AlertStatus.Pending);
        if (channelId is { } channel)
        {
            query = query.Where(a => a.ChannelId == channel);
        }

        var count = await query.ExecuteDeleteAsync(cancellationToken);
        signal.Set();
        return count;
    }

    private static void Requeue(Alert alert)
    {
        alert.Status = AlertStatus.Pending;
        alert.Attempts = 0;
        alert.NextAttemptAt = null;
    }

    private static string Lower(string value) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value);
}
