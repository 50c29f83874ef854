using JobSentinel.Core.Applications;
using JobSentinel.Web.Components.Pages.Tracker;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages;

/// <summary>The application tracker: a drag-and-drop board (or a sortable table), the due reminders, add, edit and export.</summary>
public partial class Applications
{
    // The board shows everything; a tracker of this size fits one page of the service.
    private const int BoardSize = 500;

    private IReadOnlyList<ApplicationView> _items = [];
    private IReadOnlyList<ApplicationView> _reminders = [];
    private string? _q, _error;
    private bool _loading = true, _table;

    [Inject]
    public required ApplicationService Tracker { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    private DateTime Now => Time.GetUtcNow().UtcDateTime;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var page = await Tracker.ListAsync(new ApplicationQuery(Q: _q, PageSize: BoardSize), CancellationToken.None);
        _items = page.Items;
        _reminders = await Tracker.DueRemindersAsync(CancellationToken.None);
        _loading = false;
    }

    private async Task SearchAsync(string? q)
    {
        _q = q;
        await LoadAsync();
    }

    /// <summary>Optimistic: the card stays where it was dropped; a failed save puts the board back and says why.</summary>
    private async Task MoveAsync((long Id, ApplicationStatus Status, int Index) move)
    {
        var before = _items;
        _items = TrackerFormat.Move(_items, move.Id, move.Status, move.Index);
        _error = null;
        try
        {
            if (await Tracker.MoveAsync(move.Id, move.Status, move.Index, CancellationToken.None) is null)
            {
                _error = "That application no longer exists: the board was reloaded.";
                await LoadAsync();
            }
            else
            {
                _reminders = await Tracker.DueRemindersAsync(CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _items = before;
            _error = $"The move was not saved: {ex.Message}";
        }
    }

    private async Task EditAsync(ApplicationView application)
    {
        if (await ApplicationDialog.ShowAsync(Dialogs, application))
        {
            await LoadAsync();
        }
    }

    private async Task AddAsync()
    {
        if (await ApplicationDialog.ShowAsync(Dialogs, null))
        {
            await LoadAsync();
        }
    }
}
