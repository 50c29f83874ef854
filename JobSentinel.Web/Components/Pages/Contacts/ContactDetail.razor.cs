using JobSentinel.Core.Contacts;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Resumes;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Contacts;

/// <summary>One contact and its outreach messages: draft (optionally about a job), edit, approve, reject, mark as sent.</summary>
public sealed partial class ContactDetail
{
    private ContactView? _contact;
    private List<MessageView> _messages = [];
    private IReadOnlyList<JobView> _jobs = [];
    private long _jobId;
    private IReadOnlyList<ResumeView> _resumes = [];
    private long _resumeId;
    private bool _loading = true;
    private bool _drafting;
    private List<BreadcrumbItem> _breadcrumbs = [];

    [Parameter]
    public long Id { get; set; }

    /// <summary>Preselects the job of the draft (from the job detail page).</summary>
    [SupplyParameterFromQuery]
    public long? JobId { get; set; }

    [Inject]
    public required ContactService Contacts { get; init; }

    [Inject]
    public required MessageService Messages { get; init; }

    [Inject]
    public required JobSearch Jobs { get; init; }

    [Inject]
    public required ResumeService Resumes { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _contact = await Contacts.GetAsync(Id, CancellationToken.None);
        _breadcrumbs = [new("Contacts", "/contacts"), new(_contact?.Name ?? $"#{Id}", null, disabled: true)];
        if (_contact is not null)
        {
            _messages = [.. await Messages.ListAsync(Id, CancellationToken.None) ?? []];
            var atCompany = _contact.Company is null ? null
                : await Jobs.SearchAsync(new JobQuery { Company = _contact.Company, Sort = "firstSeen", PageSize = 50 }, CancellationToken.None);
            _jobs = atCompany is { Total: > 0 } ? atCompany.Items
                : (await Jobs.SearchAsync(new JobQuery { Sort = "firstSeen", PageSize = 50 }, CancellationToken.None)).Items;

            // A contact at a company with postings is most likely written to about the newest one.
            _jobId = JobId ?? _contact.SourceJobId ?? atCompany?.Items.FirstOrDefault()?.Id ?? 0;
            _resumes = await Resumes.ListAsync(CancellationToken.None);
            _resumeId = _resumes.FirstOrDefault()?.Id ?? 0;
        }

        _loading = false;
    }

    private async Task DraftAsync()
    {
        _drafting = true;
        var outcome = await Messages.CreateDraftAsync(Id, _jobId == 0 ? null : _jobId, _resumeId == 0 ? null : _resumeId, null, CancellationToken.None);
        _drafting = false;
        if (outcome.Message is { } message)
        {
            _messages.Insert(0, message);
            Snackbar.Add(message.Provider == MessageService.TemplateProvider && outcome.FallbackReason is { } reason
                ? $"Draft written from the template ({reason})"
                : $"Draft written ({message.Provider}).", Severity.Success);
        }
        else
        {
            Snackbar.Add(outcome.Missing ?? "The draft could not be written.", Severity.Warning);
        }
    }

    private void Replace(MessageView message)
    {
        var index = _messages.FindIndex(m => m.Id == message.Id);
        if (index >= 0)
        {
            _messages[index] = message;
        }
    }

    private async Task EditAsync()
    {
        if (_contact is not null && await ContactDialog.ShowAsync(Dialogs, _contact) is { } saved)
        {
            _contact = saved;
        }
    }
}
