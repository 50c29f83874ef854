using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Data;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Unit.BackgroundWork;

public sealed class WorkQueueTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly RecordingDispatcher _dispatcher = new();
    private readonly ControllableWorkHandler _handler = new();
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync() =>
        _services = await CoreServices.BuildInitializedAsync(_directory.Path, configure: services =>
        {
            services.AddSingleton<IWorkDispatcher>(_dispatcher);
            services.AddSingleton<IWorkItemHandler>(_handler);
        });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Enqueue_RecordsTheItemBeforeDispatchingIt()
    {
        var item = await Queue.EnqueueAsync(ControllableWorkHandler.DefaultKind, new { resumeId = 7 }, CancellationToken.None);

        Assert.Equal([item.Id], _dispatcher.Dispatched);
        var stored = await LoadAsync(item.Id);
        Assert.Equal(WorkItemStatus.Queued, stored.Status);
        Assert.Equal("{\"resumeId\":7}", stored.Payload);
    }

    [Fact]
    public async Task Run_SucceedingHandler_MarksCompleted()
    {
        var item = await Queue.EnqueueAsync(ControllableWorkHandler.DefaultKind, null, CancellationToken.None);

        await Runner.RunAsync(item.Id, CancellationToken.None);

        var stored = await LoadAsync(item.Id);
        Assert.Equal(WorkItemStatus.Completed, stored.Status);
        Assert.Equal(1, stored.Attempts);
        Assert.NotNull(stored.FinishedAt);
        Assert.Equal([item.Id], _handler.Completed);
    }

    [Fact]
    public async Task Run_FailingHandler_KeepsTheError()
    {
        _handler.FailWith = new InvalidOperationException("the resume file is gone");
        var item = await Queue.EnqueueAsync(ControllableWorkHandler.DefaultKind, null, CancellationToken.None);

        await Runner.RunAsync(item.Id, CancellationToken.None);

        var stored = await LoadAsync(item.Id);
        Assert.Equal(WorkItemStatus.Failed, stored.Status);
        Assert.Equal("the resume file is gone", stored.Error);
    }

    [Fact]
    public async Task Run_UnknownKind_FailsWithAClearError()
    {
        var item = await Queue.EnqueueAsync("no.such.kind", null, CancellationToken.None);

        await Runner.RunAsync(item.Id, CancellationToken.None);

        var stored = await LoadAsync(item.Id);
        Assert.Equal(WorkItemStatus.Failed, stored.Status);
        Assert.Contains("no.such.kind", stored.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CancelledByShutdown_ReturnsTheItemToTheQueue()
    {
        _handler.BlockUntilReleased = true;
        var item = await Queue.EnqueueAsync(ControllableWorkHandler.DefaultKind, null, CancellationToken.None);
        using var shutdown = new CancellationTokenSource();

        var run = Runner.RunAsync(item.Id, shutdown.Token);
        await _handler.Started.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(WorkItemStatus.Processing, (await LoadAsync(item.Id)).Status);
        await shutdown.CancelAsync();
        await run;

        Assert.Equal(WorkItemStatus.Queued, (await LoadAsync(item.Id)).Status);
    }

    [Fact]
    public async Task Run_AlreadyCompletedItem_IsNotRunAgain()
    {
        var item = await Queue.EnqueueAsync(ControllableWorkHandler.DefaultKind, null, CancellationToken.None);
        await Runner.RunAsync(item.Id, CancellationToken.None);

        await Runner.RunAsync(item.Id, CancellationToken.None);

        Assert.Single(_handler.Completed);
        Assert.Equal(1, (await LoadAsync(item.Id)).Attempts);
    }

    [Fact]
    public async Task RequeueUnfinished_InterruptedAndQueuedItems_AreDispatchedAgain()
    {
        var interrupted = await Queue.EnqueueAsync(ControllableWorkHandler.DefaultKind, null, CancellationToken.None);
        var waiting = await Queue.EnqueueAsync(ControllableWorkHandler.DefaultKind, null, CancellationToken.None);
        var done = await Queue.EnqueueAsync(ControllableWorkHandler.DefaultKind, null, CancellationToken.None);
        await Runner.RunAsync(done.Id, CancellationToken.None);
        await using (var context = await ContextAsync())
        {
            // What a kill -9 in the middle of a run leaves behind.
            await context.WorkItems.Where(w => w.Id == interrupted.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WorkItemStatus.Processing), TestContext.Current.CancellationToken);
        }

        _dispatcher.Dispatched.Clear();

        var count = await Queue.RequeueUnfinishedAsync(CancellationToken.None);

        Assert.Equal(2, count);
        Assert.Equal([interrupted.Id, waiting.Id], _dispatcher.Dispatched);
        Assert.Equal(WorkItemStatus.Queued, (await LoadAsync(interrupted.Id)).Status);
        Assert.Equal(WorkItemStatus.Completed, (await LoadAsync(done.Id)).Status);
    }

    private WorkQueue Queue => _services.GetRequiredService<WorkQueue>();

    private WorkItemRunner Runner => _services.GetRequiredService<WorkItemRunner>();

    private Task<JobSentinelDbContext> ContextAsync() =>
        _services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();

    private async Task<WorkItem> LoadAsync(long id)
    {
        await using var context = await ContextAsync();
        return await context.WorkItems.AsNoTracking().SingleAsync(w => w.Id == id);
    }
}
