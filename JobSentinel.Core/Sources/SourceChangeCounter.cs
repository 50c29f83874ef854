namespace JobSentinel.Core.Sources;

/// <summary>Counts changes to sources and run outcomes, so that views cached from them know when to refresh.</summary>
public sealed class SourceChangeCounter
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Changed() => Interlocked.Increment(ref _version);
}
