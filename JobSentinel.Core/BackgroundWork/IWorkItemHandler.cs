namespace JobSentinel.Core.BackgroundWork;

/// <summary>Runs the work items of one <see cref="Kind"/>. Must tolerate running an item again after a crash.</summary>
public interface IWorkItemHandler
{
    string Kind { get; }

    Task HandleAsync(WorkItem item, CancellationToken cancellationToken);
}
