using System.Collections.Concurrent;
using JobSentinel.Core.BackgroundWork;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>
/// A handler whose runs the test controls: it signals when a run starts and then waits for the test
/// to release it (or for the app to stop), so a test can stop the app in the middle of the work.
/// </summary>
public sealed class ControllableWorkHandler(string kind = ControllableWorkHandler.DefaultKind) : IWorkItemHandler
{
    public const string DefaultKind = "test.controllable";

    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Kind { get; } = kind;

    public TaskCompletionSource<long> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<long> Completed { get; } = new();

    /// <summary>When set, a run throws this instead of completing.</summary>
    public Exception? FailWith { get; set; }

    public bool BlockUntilReleased { get; set; }

    public void Release() => _release.TrySetResult();

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        Started.TrySetResult(item.Id);
        if (BlockUntilReleased)
        {
            await _release.Task.WaitAsync(cancellationToken);
        }

        if (FailWith is not null)
        {
            throw FailWith;
        }

        Completed.Enqueue(item.Id);
    }
}
