using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Core.BackgroundWork;

/// <summary>
/// The outbox of background work: an item is committed to the database first, then dispatched, so that
/// a crash between the two loses nothing (<see cref="RequeueUnfinishedAsync"/> dispatches it again).
/// </summary>
public sealed partial class WorkQueue(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    IWorkDispatcher dispatcher,
    ILiveEventPublisher live,
    TimeProvider timeProvider,
    ILogger<WorkQueue> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<WorkItem> EnqueueAsync(string kind, object? payload, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var item = new WorkItem
        {
            Kind = kind,
            Payload = payload is null ? "{}" : JsonSerializer.Serialize(payload, Json),
            Status = WorkItemStatus.Queued,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            context.WorkItems.Add(item);
            await context.SaveChangesAsync(cancellationToken);
        }

        dispatcher.Dispatch(item.Id);
        live.Publish(new WorkItemChanged(item.Id, kind, "queued", null));
        return item;
    }

    /// <summary>
    /// Returns items left in processing by a process that stopped to the queue and dispatches every
    /// queued item. Call at startup while holding the instance lock.
    /// </summary>
    public async Task<int> RequeueUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var interrupted = await context.WorkItems
            .Where(w => w.Status == WorkItemStatus.Processing)
            .ExecuteUpdateAsync(s => s
                .SetProperty(w => w.Status, WorkItemStatus.Queued)
                .SetProperty(w => w.UpdatedAt, now), cancellationToken);
        var queued = await DispatchQueuedAsync(cancellationToken);
        if (queued > 0)
        {
            LogRequeued(logger, queued, interrupted);
        }

        return queued;
    }

    /// <summary>Dispatches every queued item again (after maintenance mode held them back); a dispatched item runs once.</summary>
    public async Task<int> DispatchQueuedAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var queued = await context.WorkItems
            .Where(w => w.Status == WorkItemStatus.Queued)
            .OrderBy(w => w.Id)
            .Select(w => w.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in queued)
        {
            dispatcher.Dispatch(id);
        }

        return queued.Count;
    }

    public static T ReadPayload<T>(WorkItem item) =>
        JsonSerializer.Deserialize<T>(item.Payload, Json)
        ?? throw new InvalidOperationException($"Work item {item.Id} has an empty payload.");

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Queued {Count} unfinished work item(s) again ({Interrupted} had been interrupted while processing)")]
    private static partial void LogRequeued(ILogger logger, int count, int interrupted);
}
