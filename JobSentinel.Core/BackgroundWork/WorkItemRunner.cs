using JobSentinel.Core.Data;
using JobSentinel.Core.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Core.BackgroundWork;

/// <summary>Runs one recorded work item with its handler and records the outcome.</summary>
public sealed partial class WorkItemRunner(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    IEnumerable<IWorkItemHandler> handlers,
    ILiveEventPublisher live,
    TimeProvider timeProvider,
    ILogger<WorkItemRunner> logger)
{
    private const int MaxErrorLength = 4000;

    public async Task RunAsync(long workItemId, CancellationToken cancellationToken)
    {
        var item = await ClaimAsync(workItemId, cancellationToken);
        if (item is null)
        {
            return; // finished, failed, or already taken by another worker
        }

        var handler = handlers.FirstOrDefault(h => h.Kind == item.Kind);
        if (handler is null)
        {
            await FinishAsync(item, WorkItemStatus.Failed, $"No handler is registered for work of kind '{item.Kind}'.", cancellationToken);
            return;
        }

        live.Publish(new WorkItemChanged(item.Id, item.Kind, "processing", null));
        try
        {
            await handler.HandleAsync(item, cancellationToken);
            await FinishAsync(item, WorkItemStatus.Completed, null, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: hand the item back so the next start runs it again.
            await FinishAsync(item, WorkItemStatus.Queued, null, cancellationToken);
            LogReturned(logger, item.Id, item.Kind);
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, item.Id, item.Kind);
            await FinishAsync(item, WorkItemStatus.Failed, ex.Message, cancellationToken);
        }
    }

    private async Task<WorkItem?> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var claimed = await context.WorkItems
            .Where(w => w.Id == id && w.Status == WorkItemStatus.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(w => w.Status, WorkItemStatus.Processing)
                .SetProperty(w => w.StartedAt, now)
                .SetProperty(w => w.UpdatedAt, now)
                .SetProperty(w => w.Attempts, w => w.Attempts + 1), cancellationToken);
        return claimed == 0 ? null : await context.WorkItems.AsNoTracking().SingleAsync(w => w.Id == id, cancellationToken);
    }

    // Outcomes are recorded even while shutting down (one try then: that is what makes the restart correct),
    // and retried while the disk refuses them, or the item would stay "processing" until a restart.
    private async Task FinishAsync(WorkItem item, WorkItemStatus status, string? error, CancellationToken stopping)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        DateTime? finishedAt = status is WorkItemStatus.Completed or WorkItemStatus.Failed ? now : null;
        error = error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error;
        await StorageRetry.SaveAsync(async () =>
        {
            await using var context = await contextFactory.CreateDbContextAsync(CancellationToken.None);
            await context.WorkItems
                .Where(w => w.Id == item.Id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(w => w.Status, status)
                    .SetProperty(w => w.Error, error)
                    .SetProperty(w => w.UpdatedAt, now)
                    .SetProperty(w => w.FinishedAt, finishedAt), CancellationToken.None);
        }, $"the outcome of work item {item.Id}", logger, timeProvider, stopping);
        live.Publish(new WorkItemChanged(item.Id, item.Kind, status.ToString().ToLowerInvariant(), error));
    }

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Work item {Id} ({Kind}) was returned to the queue because the app is stopping")]
    private static partial void LogReturned(ILogger logger, long id, string kind);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Work item {Id} ({Kind}) failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, long id, string kind);
}
