namespace JobSentinel.Core.BackgroundWork;

/// <summary>Hands a recorded work item to the background job system (Hangfire in the app).</summary>
public interface IWorkDispatcher
{
    void Dispatch(long workItemId);
}

/// <summary>
/// The dispatcher of processes without a background server (CLI commands): the item stays queued in
/// the database and the server dispatches it when it next starts.
/// </summary>
public sealed class DeferredWorkDispatcher : IWorkDispatcher
{
    public void Dispatch(long workItemId)
    {
    }
}
