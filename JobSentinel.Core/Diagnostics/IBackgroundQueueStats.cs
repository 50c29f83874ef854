namespace JobSentinel.Core.Diagnostics;

/// <summary>What the background job server reports (Hangfire in the web host); null values = not known.</summary>
public interface IBackgroundQueueStats
{
    BackgroundQueueSnapshot Read();
}

/// <summary>Live servers and jobs waiting in the background job server's queues.</summary>
public sealed record BackgroundQueueSnapshot(int? Servers, int? Enqueued)
{
    public static BackgroundQueueSnapshot Unknown { get; } = new(null, null);
}

/// <summary>Without a background job server (CLI, Core-only tests) nothing is known.</summary>
internal sealed class NoBackgroundQueue : IBackgroundQueueStats
{
    public BackgroundQueueSnapshot Read() => BackgroundQueueSnapshot.Unknown;
}
