using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Live;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using JobSentinel.Web.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Evaluations;

/// <summary>One evaluation, live while it runs; then the result beside both texts with matched and missing skills highlighted.</summary>
public partial class EvaluationPage : IDisposable
{
    private EvaluationView? _evaluation;
    private bool _missing;
    private string _resumeText = "";
    private string _jobText = "";
    private IReadOnlyList<SkillHighlighter.Segment> _resumeSegments = [];
    private IReadOnlyList<SkillHighlighter.Segment> _jobSegments = [];
    private List<ChartSeries<double>> _factorSeries = [];
    private readonly string[] _factorLabels = ["Hard", "Soft", "Experience", "Education"];
    private IDisposable? _subscription;

    [Parameter]
    public long Id { get; set; }

    [Inject]
    public required EvaluationService Service { get; init; }

    [Inject]
    public required ResumeService Resumes { get; init; }

    [Inject]
    public required JobDescriptionService Descriptions { get; init; }

    [Inject]
    public required JobSearch Jobs { get; init; }

    [Inject]
    public required SkillTaxonomy Taxonomy { get; init; }

    [Inject]
    public required LiveEventNotifier Notifier { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _subscription ??= Notifier.Subscribe<EvaluationChanged>(changed => changed.Id == Id ? InvokeAsync(ReloadAsync) : Task.CompletedTask);
        await LoadTextsAsync();
        await ReloadAsync();
    }

    private async Task LoadTextsAsync()
    {
        var evaluation = await Service.GetAsync(Id, CancellationToken.None);
        _missing = evaluation is null;
        if (evaluation is null)
        {
            return;
        }

        _resumeText = (await Resumes.GetAsync(evaluation.ResumeId, CancellationToken.None))?.Text ?? "(the resume was deleted)";
        _jobText = evaluation.JobId is { } jobId
            ? (await Jobs.GetAsync(jobId, CancellationToken.None))?.DescriptionText ?? "(the posting has no description)"
            : evaluation.JobDescriptionId is { } descriptionId
                ? (await Descriptions.GetAsync(descriptionId, CancellationToken.None))?.Text ?? "(the job description was deleted)"
                : "";
    }

    private async Task ReloadAsync()
    {
        _evaluation = await Service.GetAsync(Id, CancellationToken.None);
        _missing = _evaluation is null;
        var matched = _evaluation?.HardMatch?.MatchedSkills ?? [];
        var missing = _evaluation?.HardMatch?.MissingSkills ?? [];
        _resumeSegments = new SkillHighlighter(Taxonomy, matched, []).Split(_resumeText);
        _jobSegments = new SkillHighlighter(Taxonomy, matched, missing).Split(_jobText);
        if (_evaluation is { HardMatch: { } hard, SoftMatch: { } soft })
        {
            _factorSeries = [new()
            {
                Name = "Score",
                Data = new ChartData<double>([hard.Score, soft.Score, 100 * (_evaluation.ExperienceFit ?? 0), 100 * (_evaluation.EducationFit ?? 0)]),
            }];
        }

        StateHasChanged();
    }

    private async Task RetryAsync()
    {
        await Service.RetryAsync(Id, CancellationToken.None);
        await ReloadAsync();
    }

    public void Dispose() => _subscription?.Dispose();
}
