using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Live;
using JobSentinel.Web.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Evaluations;

/// <summary>Evaluations with status filters, live progress, retry (one or all failed) and purge of the queue.</summary>
public partial class Evaluations : IDisposable
{
    private const int PageSize = 50;

    private PagedResult<EvaluationView>? _page;
    private Dictionary<EvaluationStatus, int> _counts = [];
    private string _status = "all";
    private int _pageNumber = 1;
    private IDisposable? _subscription;

    [Inject]
    public required EvaluationService Service { get; init; }

    [Inject]
    public required LiveEventNotifier Notifier { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    protected override async Task OnInitializedAsync()
    {
        _subscription = Notifier.Subscribe<EvaluationChanged>(_ => InvokeAsync(ReloadAsync));
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        EvaluationStatus? status = Enum.TryParse<EvaluationStatus>(_status, ignoreCase: true, out var parsed) ? parsed : null;
        _page = await Service.ListAsync(status, null, _pageNumber, PageSize, CancellationToken.None);
        _counts = await Service.CountByStatusAsync(CancellationToken.None);
        StateHasChanged();
    }

    private async Task StatusChangedAsync(string? status)
    {
        _status = status ?? "all";
        _pageNumber = 1;
        await ReloadAsync();
    }

    private async Task PageChangedAsync(int page)
    {
        _pageNumber = page;
        await ReloadAsync();
    }

    private async Task NewAsync()
    {
        if (await NewEvaluationDialog.ShowAsync(Dialogs, null, null) is { } id)
        {
            Navigation.NavigateTo($"/evaluations/{id}");
        }
    }

    private void Open(EvaluationView evaluation) => Navigation.NavigateTo($"/evaluations/{evaluation.Id}");

    private async Task RetryAsync(long id)
    {
        await Service.RetryAsync(id, CancellationToken.None);
        await ReloadAsync();
    }

    private async Task RetryFailedAsync()
    {
        var count = await Service.RetryFailedAsync(CancellationToken.None);
        Snackbar.Add($"{count} failed evaluation(s) queued again.", Severity.Info);
        await ReloadAsync();
    }

    private async Task PurgeQueuedAsync()
    {
        var count = await Service.PurgeQueuedAsync(CancellationToken.None);
        Snackbar.Add($"{count} queued evaluation(s) removed.", Severity.Info);
        await ReloadAsync();
    }

    internal static Color StatusColor(EvaluationStatus status) => status switch
    {
        EvaluationStatus.Completed => Color.Success,
        EvaluationStatus.Failed => Color.Error,
        EvaluationStatus.Processing => Color.Info,
        _ => Color.Default,
    };

    public void Dispose() => _subscription?.Dispose();
}
