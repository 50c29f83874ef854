using System.Collections.Concurrent;
using JobSentinel.Core.Live;
using JobSentinel.Core.Sources;
using JobSentinel.Web.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Sources;

/// <summary>Sources with their health and live run progress; add, edit, enable, run and delete.</summary>
public partial class Sources : IDisposable
{
    private readonly ConcurrentDictionary<int, ScrapeRunChanged> _progress = new();
    private IReadOnlyList<SourceView>? _sources;
    private SourceView? _selected;
    private List<(string Name, string Url)> _attributions = [];
    private IDisposable? _subscription;

    [Inject]
    public required SourceService Service { get; init; }

    [Inject]
    public required ScrapeRunService Runs { get; init; }

    [Inject]
    public required LiveEventNotifier Notifier { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? Authentication { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _subscription = Notifier.Subscribe<ScrapeRunChanged>(change => InvokeAsync(async () =>
        {
            if (change.Status is "queued" or "running")
            {
                _progress[change.SourceId] = change;
                StateHasChanged();
                return;
            }

            _progress.TryRemove(change.SourceId, out _);
            await ReloadAsync();
            if (change.Status == "failed")
            {
                Snackbar.Add($"{change.SourceName}: {change.Error}", Severity.Error);
            }
            else
            {
                Snackbar.Add($"{change.SourceName}: {change.JobsFound} found, {change.JobsNew} new.", Severity.Success);
            }
        }));
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _sources = await Service.ListAsync(CancellationToken.None);
        _selected = _selected is null ? null : _sources.FirstOrDefault(s => s.Id == _selected.Id);
        _attributions = [.. _sources.Where(s => s.AttributionUrl is not null)
            .Select(s => (SourceCatalog.Get(s.Type).DisplayName, s.AttributionUrl!)).Distinct()];
        StateHasChanged();
    }

    private void Select(SourceView source) => _selected = _selected?.Id == source.Id ? null : source;

    private string RowClass(SourceView source, int index) => source.Id == _selected?.Id ? "mud-selected-item" : "";

    private async Task AddAsync()
    {
        if (await SourceEditDialog.ShowAsync(Dialogs, null))
        {
            await ReloadAsync();
        }
    }

    private async Task EditAsync(SourceView source)
    {
        if (await SourceEditDialog.ShowAsync(Dialogs, source))
        {
            await ReloadAsync();
        }
    }

    private async Task RunNowAsync(SourceView source)
    {
        var result = await Runs.StartAsync(source.Id, ScrapeRunService.ManualTrigger, CancellationToken.None);
        if (result.Refusal is { } refusal)
        {
            Snackbar.Add(refusal, Severity.Warning);
        }
        else if (result.Run is { } run)
        {
            _progress.TryAdd(source.Id, new ScrapeRunChanged(run.Id, source.Id, source.Name, "queued", "queued", 0, 0, 0, 0, null));
        }
    }

    private async Task SetEnabledAsync(SourceView source, bool enabled)
    {
        await Service.UpdateAsync(source.Id, new SourceDraft { Enabled = enabled }, await ActorAsync(), CancellationToken.None);
        await ReloadAsync();
    }

    private async Task DeleteAsync(SourceView source)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete source",
            $"Delete '{source.Name}', its runs, and the postings only it listed? Postings you starred, rated or wrote notes on are kept. This cannot be undone.", yesText: "Delete", cancelText: "Cancel");
        if (confirmed == true && await Service.DeleteAsync(source.Id, await ActorAsync(), CancellationToken.None))
        {
            Snackbar.Add($"'{source.Name}' deleted.", Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task<string?> ActorAsync() => Authentication is null ? null : (await Authentication).User.Identity?.Name;

    private string Ago(DateTime at)
    {
        var elapsed = Time.GetUtcNow().UtcDateTime - at;
        return elapsed.TotalMinutes < 1 ? "just now"
            : elapsed.TotalHours < 1 ? $"{(int)elapsed.TotalMinutes} min ago"
            : elapsed.TotalDays < 1 ? $"{(int)elapsed.TotalHours} h ago"
            : $"{(int)elapsed.TotalDays} d ago";
    }

    internal static string Percent(double? rate) => rate is { } value ? $"{value:P0}" : "—";

    internal static string CircuitName(CircuitState state) => state switch
    {
        CircuitState.HalfOpen => "half-open",
        _ => state.ToString().ToLowerInvariant(),
    };

    internal static Color CircuitColor(CircuitState state) => state switch
    {
        CircuitState.Closed => Color.Success,
        CircuitState.HalfOpen => Color.Warning,
        _ => Color.Error,
    };

    private static string CircuitHint(SourceView source) => source.CircuitState switch
    {
        CircuitState.Closed => "Runs normally.",
        CircuitState.HalfOpen => "The next run is a trial: success closes the circuit.",
        _ => $"{source.ConsecutiveFailures} failed runs in a row: scheduled runs wait until {source.CircuitRetryAt:u}. Run now tries at once.",
    };

    internal static Color RunColor(ScrapeRunStatus status) => status switch
    {
        ScrapeRunStatus.Completed => Color.Success,
        ScrapeRunStatus.Failed => Color.Error,
        _ => Color.Info,
    };

    public void Dispose() => _subscription?.Dispose();
}
