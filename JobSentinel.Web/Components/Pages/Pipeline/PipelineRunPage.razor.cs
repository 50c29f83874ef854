using JobSentinel.Core.Live;
using JobSentinel.Core.Pipeline;
using JobSentinel.Web.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Pipeline;

/// <summary>One run: its steps live (status, duration, provider, tokens, cost), each step's trace, its documents, re-run.</summary>
public partial class PipelineRunPage : IDisposable
{
    private PipelineRunView? _run;
    private bool _missing;
    private readonly HashSet<string> _open = [];
    private IDisposable? _subscription;

    [Parameter]
    public long Id { get; set; }

    [Inject]
    public required PipelineService Service { get; init; }

    [Inject]
    public required LiveEventNotifier Notifier { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _subscription ??= Notifier.Subscribe<PipelineRunChanged>(changed => changed.Id == Id ? InvokeAsync(ReloadAsync) : Task.CompletedTask);
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _run = await Service.GetAsync(Id, trace: true, CancellationToken.None);
        _missing = _run is null;
        StateHasChanged();
    }

    private void Toggle(string step)
    {
        if (!_open.Remove(step))
        {
            _open.Add(step);
        }
    }

    private async Task RerunAsync()
    {
        switch (await Service.RerunAsync(Id, CancellationToken.None))
        {
            case { Run: { } run }:
                Navigation.NavigateTo($"/pipeline-runs/{run.Id}");
                break;
            case { Conflict: true }:
                Snackbar.Add("This run is still queued or processing.", Severity.Warning);
                break;
            default:
                _missing = true;
                break;
        }
    }

    internal static string StepLabel(string name) => name switch
    {
        PipelineSteps.CompanyResearch => "Company research",
        PipelineSteps.FitAnalysis => "Fit analysis",
        PipelineSteps.TailoredCv => "Tailored CV",
        PipelineSteps.CoverLetter => "Cover letter",
        PipelineSteps.Outreach => "Outreach draft",
        PipelineSteps.Pdf => "PDF render",
        _ => name,
    };

    internal static string DocumentKindLabel(DocumentKind kind) => kind switch
    {
        DocumentKind.Cv => "CV",
        DocumentKind.CoverLetter => "cover letter",
        _ => "outreach",
    };

    private static string DocumentIcon(DocumentKind kind) => kind switch
    {
        DocumentKind.Cv => Icons.Material.Outlined.Description,
        DocumentKind.CoverLetter => Icons.Material.Outlined.Email,
        _ => Icons.Material.Outlined.Send,
    };

    public void Dispose() => _subscription?.Dispose();
}
