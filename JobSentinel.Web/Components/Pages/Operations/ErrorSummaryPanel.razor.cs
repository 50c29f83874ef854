using JobSentinel.Core.Diagnostics.Logs;
using Microsoft.AspNetCore.Components;

namespace JobSentinel.Web.Components.Pages.Operations;

/// <summary>Errors of the last 24 h from the log files, grouped by message and sorted by how often they happened.</summary>
public partial class ErrorSummaryPanel
{
    private LogErrorSummary? _summary;
    private bool _loading;

    [Inject]
    public required LogErrorReader Reader { get; init; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = true;
        try
        {
            _summary = await Reader.SummarizeAsync(24, CancellationToken.None);
        }
        finally
        {
            _loading = false;
        }
    }
}
