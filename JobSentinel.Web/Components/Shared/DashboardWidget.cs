using JobSentinel.Core.Dashboards;
using JobSentinel.Core.Live;
using JobSentinel.Web.Live;
using Microsoft.AspNetCore.Components;

namespace JobSentinel.Web.Components.Shared;

/// <summary>
/// A dashboard card that loads its figures from <see cref="BusinessQueries"/> when shown or when its
/// parameters change, and again (throttled by <see cref="RefreshThrottle"/>) when chosen live events arrive.
/// </summary>
public abstract partial class DashboardWidget : ComponentBase, IDisposable
{
    /// <summary>The shortest time between two live reloads of one widget.</summary>
    public static readonly TimeSpan LiveRefreshInterval = TimeSpan.FromSeconds(3);

    private readonly List<IDisposable> _subscriptions = [];
    private readonly CancellationTokenSource _disposed = new();
    private RefreshThrottle? _throttle;

    [Inject]
    public required BusinessQueries Queries { get; init; }

    [Inject]
    public required LiveEventNotifier Notifier { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [Inject]
    public required ILogger<DashboardWidget> Logger { get; init; }

    /// <summary>False until the first load finished: the card shows a progress bar meanwhile.</summary>
    protected bool Loaded { get; private set; }

    /// <summary>Set when the last load failed; the card says so instead of showing stale or empty charts.</summary>
    protected string? LoadError { get; private set; }

    protected DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    protected override void OnInitialized()
    {
        _throttle = new RefreshThrottle(() => InvokeAsync(RefreshNowAsync), LiveRefreshInterval, Time);
        Subscribe();
    }

    protected override Task OnParametersSetAsync() => RefreshNowAsync();

    /// <summary>Calls <see cref="RefreshOn{TEvent}"/> for the events that change the card's figures.</summary>
    protected abstract void Subscribe();

    protected abstract Task LoadAsync(CancellationToken cancellationToken);

    protected void RefreshOn<TEvent>(Func<TEvent, bool>? when = null)
        where TEvent : LiveEvent =>
        _subscriptions.Add(Notifier.Subscribe<TEvent>(e =>
        {
            if (when?.Invoke(e) ?? true)
            {
                _throttle?.Request();
            }

            return Task.CompletedTask;
        }));

    /// <summary>Loads the figures again and renders them (or the error).</summary>
    protected async Task RefreshNowAsync()
    {
        try
        {
            await LoadAsync(_disposed.Token);
            LoadError = null;
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            LogLoadFailed(Logger, ex, GetType().Name);
            LoadError = "The figures could not be loaded; they are retried on the next update.";
        }

        Loaded = true;
        StateHasChanged();
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Dashboard widget {Widget} failed to load")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string widget);

    public void Dispose()
    {
        _throttle?.Dispose();
        _disposed.Cancel();
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
