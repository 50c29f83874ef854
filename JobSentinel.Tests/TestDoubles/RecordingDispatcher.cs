using System.Collections.Concurrent;
using JobSentinel.Core.BackgroundWork;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>Remembers what was dispatched instead of running it.</summary>
public sealed class RecordingDispatcher : IWorkDispatcher
{
    public ConcurrentQueue<long> Dispatched { get; } = new();

    public void Dispatch(long workItemId) => Dispatched.Enqueue(workItemId);
}
