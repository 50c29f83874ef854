using JobSentinel.Core.Pipeline;
using JobSentinel.Core.Resumes;
using Microsoft.AspNetCore.Components;

namespace JobSentinel.Web.Components.Pages.Pipeline;

/// <summary>"Prepare application" on a job: picks a resume (the newest by default), starts a run and opens its page.</summary>
public partial class PrepareApplication
{
    private IReadOnlyList<ResumeView> _resumes = [];
    private long _resumeId;
    private bool _busy;
    private string? _error;

    [Parameter]
    public long JobId { get; set; }

    [Inject]
    public required ResumeService Resumes { get; init; }

    [Inject]
    public required PipelineService Runs { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    protected override async Task OnInitializedAsync()
    {
        _resumes = [.. (await Resumes.ListAsync(CancellationToken.None)).OrderByDescending(r => r.UploadedAt).ThenByDescending(r => r.Id)];
        _resumeId = _resumes.Count > 0 ? _resumes[0].Id : 0;
    }

    private async Task PrepareAsync()
    {
        _busy = true;
        _error = null;
        var (run, errors) = await Runs.CreateAsync(new PipelineRunRequest(JobId, _resumeId), CancellationToken.None);
        _busy = false;
        if (run is null)
        {
            _error = string.Join(" ", errors.Values.SelectMany(e => e));
            return;
        }

        Navigation.NavigateTo($"/pipeline-runs/{run.Id}");
    }
}
