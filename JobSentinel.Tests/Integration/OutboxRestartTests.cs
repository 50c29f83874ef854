using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Data;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration;

/// <summary>Work recorded in the outbox survives the app stopping in the middle of it.</summary>
public sealed class OutboxRestartTests
{
    [Fact]
    public async Task StopMidWork_ThenStart_FinishesTheWorkOnce()
    {
        using var directory = new TempDirectory();
        var firstRun = new ControllableWorkHandler { BlockUntilReleased = true };
        long id;
        await using (var first = new JobSentinelFactory(directory.Path, services => services.AddSingleton<IWorkItemHandler>(firstRun)))
        {
            _ = first.Server; // start the app (Hangfire included)
            id = (await first.Services.GetRequiredService<WorkQueue>().EnqueueAsync(ControllableWorkHandler.DefaultKind, new { n = 1 }, CancellationToken.None)).Id;
            Assert.Equal(id, await firstRun.Started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
            Assert.Equal(WorkItemStatus.Processing, (await LoadAsync(first.Services, id)).Status);
        } // the app stops while the handler is still working

        Assert.Empty(firstRun.Completed);
        var secondRun = new ControllableWorkHandler();
        await using var second = new JobSentinelFactory(directory.Path, services => services.AddSingleton<IWorkItemHandler>(secondRun));
        _ = second.Server;

        Assert.Equal(id, await secondRun.Started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        var finished = await WaitForStatusAsync(second.Services, id, WorkItemStatus.Completed);
        Assert.Equal([id], secondRun.Completed);
        Assert.Equal(2, finished.Attempts);
    }

    [Fact]
    public async Task ItemLeftProcessingByACrash_IsRunAtTheNextStart()
    {
        using var directory = new TempDirectory();
        long id;
        await using (var first = new JobSentinelFactory(directory.Path))
        {
            _ = first.Server;
            var factory = first.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();
            await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
            // What kill -9 leaves behind: a claimed item nobody will finish.
            var item = new WorkItem { Kind = ControllableWorkHandler.DefaultKind, Status = WorkItemStatus.Processing, Attempts = 1, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            context.WorkItems.Add(item);
            await context.SaveChangesAsync(TestContext.Current.CancellationToken);
            id = item.Id;
        }

        var handler = new ControllableWorkHandler();
        await using var second = new JobSentinelFactory(directory.Path, services => services.AddSingleton<IWorkItemHandler>(handler));
        _ = second.Server;

        await WaitForStatusAsync(second.Services, id, WorkItemStatus.Completed);
        Assert.Equal([id], handler.Completed);
    }

    private static async Task<WorkItem> LoadAsync(IServiceProvider services, long id)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();
        return await context.WorkItems.AsNoTracking().SingleAsync(w => w.Id == id);
    }

    private static async Task<WorkItem> WaitForStatusAsync(IServiceProvider services, long id, WorkItemStatus status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var item = await LoadAsync(services, id);
            if (item.Status == status || DateTime.UtcNow > deadline)
            {
                Assert.Equal(status, item.Status);
                return item;
            }

            await Task.Delay(50);
        }
    }
}
