using JobSentinel.Core.Documents;
using JobSentinel.Core.Resumes;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Resumes;

/// <summary>Upload (drag and drop) and the list of resumes with their ATS scores.</summary>
public partial class Resumes
{
    private IReadOnlyList<ResumeView>? _resumes;
    private bool _analysing;

    [Inject]
    public required ResumeService Service { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    protected override async Task OnInitializedAsync() => _resumes = await Service.ListAsync(CancellationToken.None);

    private async Task<string?> UploadAsync(byte[] content, string fileName)
    {
        _analysing = true;
        StateHasChanged();
        try
        {
            var resume = await Service.UploadAsync(content, fileName, CancellationToken.None);
            Navigation.NavigateTo($"/resumes/{resume.Id}");
            return null;
        }
        catch (DocumentRejectedException rejected)
        {
            return rejected.Message;
        }
        finally
        {
            // Called through a delegate, not an event callback: this page re-renders only when told to.
            _analysing = false;
            StateHasChanged();
        }
    }

    private void Open(ResumeView resume) => Navigation.NavigateTo($"/resumes/{resume.Id}");

    private async Task DeleteAsync(ResumeView resume)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete resume", $"Delete {resume.FileName} with its file, report and evaluations?", yesText: "Delete", cancelText: "Cancel");
        if (confirmed == true)
        {
            await Service.DeleteAsync(resume.Id, CancellationToken.None);
            _resumes = await Service.ListAsync(CancellationToken.None);
        }
    }
}
