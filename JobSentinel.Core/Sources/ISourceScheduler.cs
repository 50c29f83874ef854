namespace JobSentinel.Core.Sources;

/// <summary>Keeps each source's recurring run in step with its schedule (Hangfire in the server).</summary>
public interface ISourceScheduler
{
    void Schedule(Source source);

    void Unschedule(int sourceId);
}

/// <summary>
/// The scheduler of processes without a background server (CLI commands): the server registers
/// every schedule again from the sources table when it starts.
/// </summary>
public sealed class ServerRegistersSchedules : ISourceScheduler
{
    public void Schedule(Source source)
    {
    }

    public void Unschedule(int sourceId)
    {
    }
}
