using JobSentinel.Core.Achievements;
using JobSentinel.Core.Resumes;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Achievements;

/// <summary>STAR records: suggestions from a resume to accept, edit or dismiss, and the accepted records with search.</summary>
public partial class Achievements
{
    private const int Shown = 200;

    private IReadOnlyList<ResumeView> _resumes = [];
    private IReadOnlyList<StarRecordView> _suggested = [];
    private IReadOnlyList<StarRecordView> _accepted = [];
    private long? _resumeId;
    private string? _q;
    private bool _suggesting;
    private string? _suggestMessage;

    [Inject]
    public required StarRecordService Records { get; init; }

    [Inject]
    public required ResumeService Resumes { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    /// <summary>Preselects a resume (the resume page links here with it).</summary>
    [SupplyParameterFromQuery(Name = "resumeId")]
    public long? ResumeId { get; set; }

    /// <summary>With a resume: suggest from it at once.</summary>
    [SupplyParameterFromQuery(Name = "suggest")]
    public bool? Suggest { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _resumes = await Resumes.ListAsync(CancellationToken.None);
        _resumeId = _resumes.FirstOrDefault(r => r.Id == ResumeId)?.Id ?? _resumes.FirstOrDefault()?.Id;
        await LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Once interactive, not while prerendering: the page is initialised twice and would suggest twice.
        if (firstRender && Suggest == true && ResumeId is not null && _resumeId == ResumeId)
        {
            await SuggestAsync();
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        _suggested = _resumeId is null ? []
            : [.. (await Records.ListAsync(new StarRecordQuery(StarRecordStatus.Suggested, _resumeId, PageSize: Shown), CancellationToken.None)).Items.OrderBy(r => r.Id)];
        _accepted = (await Records.ListAsync(new StarRecordQuery(StarRecordStatus.Accepted, Q: _q, PageSize: Shown), CancellationToken.None)).Items;
    }

    private async Task ResumeChangedAsync(long? resumeId)
    {
        _resumeId = resumeId;
        _suggestMessage = null;
        await LoadAsync();
    }

    private async Task SuggestAsync()
    {
        if (_resumeId is not { } resumeId)
        {
            return;
        }

        _suggesting = true;
        var result = await Records.SuggestAsync(resumeId, CancellationToken.None);
        _suggesting = false;
        _suggestMessage = result switch
        {
            null => "That resume no longer exists.",
            { Created: 0, AlreadyKnown: 0 } => "No achievement-like bullets found: a suggestion needs a bullet or sentence that starts with an action verb (Led, Built, Reduced…).",
            { Created: 0 } r => $"Nothing new: the {r.AlreadyKnown} achievement bullet(s) of this resume already have a record or were dismissed.",
            { } r => $"{r.Created} suggestion(s) added" + (r.AlreadyKnown > 0 ? $", {r.AlreadyKnown} bullet(s) already had a record or were dismissed." : "."),
        };
        await LoadAsync();
    }

    private async Task CreateAsync()
    {
        if (await StarRecordDialog.ShowAsync(Dialogs, null) is not null)
        {
            await LoadAsync();
        }
    }

    private async Task EditAsync(StarRecordView record)
    {
        if (await StarRecordDialog.ShowAsync(Dialogs, record) is not null)
        {
            await LoadAsync();
        }
    }

    private async Task AcceptAsync(StarRecordView record)
    {
        var result = await Records.AcceptAsync(record.Id, CancellationToken.None);
        if (result.Value is null && !result.NotFound)
        {
            Snackbar.Add(string.Join(" ", result.Errors.SelectMany(e => e.Value)), Severity.Warning);
        }

        await LoadAsync();
    }

    private async Task DismissAsync(StarRecordView record)
    {
        await Records.DeleteAsync(record.Id, CancellationToken.None);
        await LoadAsync();
    }

    private async Task DeleteAsync(StarRecordView record)
    {
        if (await Dialogs.ShowMessageBoxAsync("Delete record", $"Delete '{record.Title}'?", yesText: "Delete", cancelText: "Cancel") == true)
        {
            await Records.DeleteAsync(record.Id, CancellationToken.None);
            await LoadAsync();
        }
    }

    private async Task SearchAsync(string? q)
    {
        _q = q;
        await LoadAsync();
    }
}
