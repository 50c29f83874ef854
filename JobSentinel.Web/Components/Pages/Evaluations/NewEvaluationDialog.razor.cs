using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Resumes;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Evaluations;

/// <summary>Starts an evaluation of a resume against a stored posting or a (saved or newly pasted) job description.</summary>
public partial class NewEvaluationDialog
{
    private IReadOnlyList<ResumeView> _resumes = [];
    private IReadOnlyList<JobDescriptionView> _descriptions = [];
    private long? _resumeId;
    private int _target;
    private JobView? _job;
    private long? _descriptionId;
    private string? _title;
    private string? _text;
    private string? _error;
    private bool _saving;

    [CascadingParameter]
    public required IMudDialogInstance MudDialog { get; set; }

    [Parameter]
    public long? ResumeId { get; set; }

    [Inject]
    public required ResumeService Resumes { get; init; }

    [Inject]
    public required JobDescriptionService Descriptions { get; init; }

    [Inject]
    public required EvaluationService Evaluations { get; init; }

    [Inject]
    public required JobSearch Jobs { get; init; }

    /// <summary>Opens the dialog; the new evaluation's id, or null when cancelled.</summary>
    public static async Task<long?> ShowAsync(IDialogService dialogs, long? resumeId, string? title)
    {
        var dialog = await dialogs.ShowAsync<NewEvaluationDialog>(title ?? "Evaluate a resume against a job",
            new DialogParameters<NewEvaluationDialog> { { d => d.ResumeId, resumeId } },
            new DialogOptions { MaxWidth = MaxWidth.Medium, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: long id } ? id : null;
    }

    protected override async Task OnInitializedAsync()
    {
        _resumes = await Resumes.ListAsync(CancellationToken.None);
        _descriptions = await Descriptions.ListAsync(CancellationToken.None);
        _resumeId = ResumeId ?? _resumes.FirstOrDefault()?.Id;
    }

    private async Task<IEnumerable<JobView>> SearchJobsAsync(string? text, CancellationToken cancellationToken)
    {
        var page = await Jobs.SearchAsync(new JobQuery { Q = string.IsNullOrWhiteSpace(text) ? null : text, PageSize = 20 }, cancellationToken);
        return page.Items;
    }

    private async Task StartAsync()
    {
        _error = null;
        if (_resumeId is null)
        {
            _error = "Choose a resume (upload one on the Resumes page first).";
            return;
        }

        _saving = true;
        long? descriptionId = null;
        if (_target == 1)
        {
            descriptionId = _descriptionId;
            if (descriptionId is null)
            {
                if (JobDescriptionService.Validate(_title, _text) is { } invalid)
                {
                    (_error, _saving) = (string.Join(" ", invalid.Values.SelectMany(m => m)), false);
                    return;
                }

                descriptionId = (await Descriptions.PasteAsync(_title, _text!, CancellationToken.None)).Id;
            }
        }
        else if (_job is null)
        {
            (_error, _saving) = ("Choose a stored posting.", false);
            return;
        }

        var (evaluation, errors) = await Evaluations.CreateAsync(
            new EvaluationRequest(_resumeId, _target == 0 ? _job!.Id : null, descriptionId), CancellationToken.None);
        _saving = false;
        if (evaluation is null)
        {
            _error = string.Join(" ", errors.Values.SelectMany(m => m));
            return;
        }

        MudDialog.Close(DialogResult.Ok(evaluation.Id));
    }
}
