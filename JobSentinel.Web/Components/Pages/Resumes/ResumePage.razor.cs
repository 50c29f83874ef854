using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Resumes;
using JobSentinel.Web.Components.Pages.Evaluations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Resumes;

/// <summary>One resume: ATS gauge and per-ATS chart, issues by severity with fixes, skills, sections, and the best stored jobs.</summary>
public partial class ResumePage
{
    private const int BestJobsShown = 20;

    private ResumeDetail? _resume;
    private bool _missing;
    private List<ChartSeries<double>> _perAtsSeries = [];
    private string[] _perAtsLabels = [];
    private IReadOnlyList<BestJob>? _bestJobs;
    private int _ranked;
    private bool _ranking;

    [Parameter]
    public long Id { get; set; }

    [Inject]
    public required ResumeService Resumes { get; init; }

    [Inject]
    public required ResumeRanking Ranking { get; init; }

    [Inject]
    public required EvaluationService Evaluations { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _resume = await Resumes.GetAsync(Id, CancellationToken.None);
        _missing = _resume is null;
        if (_resume is not null)
        {
            _perAtsLabels = [.. _resume.AtsReport.PerAts.Keys.Select(AtsNames.Display)];
            _perAtsSeries = [new() { Name = "Estimated score", Data = new ChartData<double>([.. _resume.AtsReport.PerAts.Values.Select(v => (double)v)]) }];
        }
    }

    private async Task RankAsync()
    {
        _ranking = true;
        StateHasChanged();
        var result = await Ranking.BestJobsAsync(Id, BestJobsShown, CancellationToken.None);
        _ranking = false;
        (_bestJobs, _ranked) = result is { } found ? (found.Items, found.Ranked) : ([], 0);
    }

    private async Task EvaluateAsync()
    {
        if (await NewEvaluationDialog.ShowAsync(Dialogs, Id, null) is { } id)
        {
            Navigation.NavigateTo($"/evaluations/{id}");
        }
    }

    private async Task EvaluateJobAsync(long jobId)
    {
        var (evaluation, _) = await Evaluations.CreateAsync(new EvaluationRequest(Id, jobId, null), CancellationToken.None);
        if (evaluation is not null)
        {
            Navigation.NavigateTo($"/evaluations/{evaluation.Id}");
        }
    }

    private static Color SeverityColor(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Critical => Color.Error,
        IssueSeverity.High => Color.Warning,
        IssueSeverity.Medium => Color.Info,
        _ => Color.Default,
    };

    private static Severity AlertSeverity(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Critical => Severity.Error,
        IssueSeverity.High => Severity.Warning,
        IssueSeverity.Medium => Severity.Info,
        _ => Severity.Normal,
    };
}
