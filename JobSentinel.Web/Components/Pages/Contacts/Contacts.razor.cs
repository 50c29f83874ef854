using JobSentinel.Core.Contacts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Contacts;

/// <summary>The contacts table: ranked search, add/edit, delete, and CSV import with a summary of what happened.</summary>
public sealed partial class Contacts
{
    private const int PageSize = 200;

    private List<ContactRow> _rows = [];
    private int _total;
    private string? _query;
    private bool _searching;
    private bool _loading = true;
    private bool _importing;
    private ContactImportResult? _import;
    private string? _importError;

    /// <summary>A table row: the contact, and its score and matched terms when searching.</summary>
    public sealed record ContactRow(ContactView Contact, double? Score, IReadOnlyList<string> Matched);

    [Inject]
    public required ContactService Service { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task SearchAsync(string? query)
    {
        _query = query;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _loading = true;
        _searching = !string.IsNullOrWhiteSpace(_query);
        if (_searching)
        {
            var hits = await Service.SearchAsync(_query!, PageSize, CancellationToken.None);
            (_rows, _total) = ([.. hits.Items.Select(h => new ContactRow(h, h.Score, h.Matched))], hits.Total);
        }
        else
        {
            var page = await Service.ListAsync(new ContactQuery(PageSize: PageSize), CancellationToken.None);
            (_rows, _total) = ([.. page.Items.Select(c => new ContactRow(c, null, []))], page.Total);
        }

        _loading = false;
    }

    private async Task AddAsync()
    {
        if (await ContactDialog.ShowAsync(Dialogs, null) is not null)
        {
            await LoadAsync();
        }
    }

    private async Task EditAsync(ContactView contact)
    {
        if (await ContactDialog.ShowAsync(Dialogs, contact) is not null)
        {
            await LoadAsync();
        }
    }

    private async Task DeleteAsync(ContactView contact)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete contact", $"Delete {contact.Name} and every message to them?", yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        await Service.DeleteAsync(contact.Id, CancellationToken.None);
        Snackbar.Add($"{contact.Name} deleted with their messages.", Severity.Success);
        await LoadAsync();
    }

    private async Task ImportAsync(InputFileChangeEventArgs args)
    {
        (_import, _importError, _importing) = (null, null, true);
        try
        {
            if (args.File.Size > ContactCsv.MaxBytes)
            {
                _importError = $"The file is larger than {ContactCsv.MaxBytes / (1024 * 1024)} MB.";
                return;
            }

            using var buffer = new MemoryStream();
            await using (var stream = args.File.OpenReadStream(ContactCsv.MaxBytes))
            {
                await stream.CopyToAsync(buffer);
            }

            _import = await Service.ImportAsync(buffer.ToArray(), CancellationToken.None);
            await LoadAsync();
        }
        catch (ContactCsvException ex)
        {
            _importError = $"Nothing was imported: {ex.Message}";
        }
        catch (IOException ex)
        {
            _importError = $"{args.File.Name} could not be read: {ex.Message}";
        }
        finally
        {
            _importing = false;
        }
    }
}
