using System.Globalization;
using JobSentinel.Core.Data;
using JobSentinel.Core.Live;
using JobSentinel.Core.Pipeline;
using JobSentinel.Web.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Pipeline;

/// <summary>Pipeline runs with a status filter, cost and duration, updated live.</summary>
public partial class PipelineRuns : IDisposable
{
    private const int PageSize = 50;

    private PagedResult<PipelineRunView>? _page;
    private string _status = "all";
    private int _pageNumber = 1;
    private IDisposable? _subscription;

    [Inject]
    public required PipelineService Service { get; init; }

    [Inject]
    public required LiveEventNotifier Notifier { get; init; }

    protected override async Task OnInitializedAsync()
    {
        _subscription = Notifier.Subscribe<PipelineRunChanged>(changed => changed.Step is null ? InvokeAsync(ReloadAsync) : Task.CompletedTask);
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        PipelineRunStatus? status = Enum.TryParse<PipelineRunStatus>(_status, ignoreCase: true, out var parsed) ? parsed : null;
        _page = await Service.ListAsync(status, null, _pageNumber, PageSize, CancellationToken.None);
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

    internal static Color StatusColor(PipelineRunStatus status) => status switch
    {
        PipelineRunStatus.Completed => Color.Success,
        PipelineRunStatus.Failed => Color.Error,
        PipelineRunStatus.Processing => Color.Info,
        _ => Color.Default,
    };

    internal static Color StepColor(PipelineStepStatus status) => status switch
    {
        PipelineStepStatus.Completed => Color.Success,
        PipelineStepStatus.Failed => Color.Error,
        PipelineStepStatus.Running => Color.Info,
        PipelineStepStatus.Skipped => Color.Warning,
        _ => Color.Default,
    };

    internal static string Cost(double usd) => usd.ToString("$0.0000", CultureInfo.InvariantCulture);

    internal static string Duration(long? ms) => ms switch
    {
        null => "–",
        < 1000 => $"{ms} ms",
        _ => (ms.Value / 1000.0).ToString("0.0 s", CultureInfo.InvariantCulture),
    };

    public void Dispose() => _subscription?.Dispose();
}
