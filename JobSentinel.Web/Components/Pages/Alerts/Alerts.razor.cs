using JobSentinel.Core.Alerts;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Live;
using JobSentinel.Core.Profiles;
using JobSentinel.Web.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Alerts;

/// <summary>Alert channels (add, edit, test, snooze) and the outbox (pending, sent, failed; retry and purge), live.</summary>
public partial class Alerts : IDisposable
{
    private static readonly string[] Tabs = ["pending", "sent", "failed"];

    private IReadOnlyList<AlertChannelView>? _channels;
    private IReadOnlyList<AlertView> _alerts = [];
    private IReadOnlyList<ProfileView> _profiles = [];
    private AlertsChanged? _counts;
    private readonly HashSet<int> _testing = [];
    private IDisposable? _subscription;
    private int _tab;

    [Inject]
    public required AlertChannelService Channels { get; init; }

    [Inject]
    public required AlertOutbox Outbox { get; init; }

    [Inject]
    public required ProfileService Profiles { get; init; }

    [Inject]
    public required LiveEventNotifier Notifier { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IOptionsMonitor<AlertsOptions> Options { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? Authentication { get; set; }

    private string Status => Tabs[_tab];

    private DateTime Now => Time.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        _subscription = Notifier.Subscribe<AlertsChanged>(counts => InvokeAsync(async () =>
        {
            var changed = _counts is null || (_counts.Pending, _counts.Failed, _counts.SentLastDay) != (counts.Pending, counts.Failed, counts.SentLastDay);
            _counts = counts;
            if (changed)
            {
                await ReloadAsync();
            }
        }));
        _profiles = await Profiles.ListAsync(CancellationToken.None);
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _channels = await Channels.ListAsync(CancellationToken.None);
        _alerts = (await Outbox.ListAsync(Status, null, 1, 100, CancellationToken.None)).Items;
        // Counted afresh after every reload, not only the first: after a retry or purge here, the banner and tabs must not wait for the
        // dispatcher's next pass, and a pass that then publishes the old counts again (the retried alerts failed again) must still reload.
        _counts = new AlertsChanged(_channels.Sum(c => c.Pending), _channels.Sum(c => c.Failed), _counts?.SentLastDay ?? 0);
        StateHasChanged();
    }

    private async Task TabChangedAsync(int tab)
    {
        _tab = tab;
        await ReloadAsync();
    }

    private async Task AddAsync()
    {
        if (await AlertChannelDialog.ShowAsync(Dialogs, null, _profiles))
        {
            await ReloadAsync();
        }
    }

    private async Task EditAsync(AlertChannelView channel)
    {
        if (await AlertChannelDialog.ShowAsync(Dialogs, channel, _profiles))
        {
            await ReloadAsync();
        }
    }

    private async Task SetEnabledAsync(AlertChannelView channel, bool enabled)
    {
        await Channels.UpdateAsync(channel.Id, new AlertChannelDraft { Enabled = enabled }, await ActorAsync(), CancellationToken.None);
        await ReloadAsync();
    }

    private async Task TestAsync(AlertChannelView channel)
    {
        _testing.Add(channel.Id);
        var result = await Channels.SendTestAsync(channel.Id, Options.CurrentValue.PublicUrl, CancellationToken.None);
        _testing.Remove(channel.Id);
        if (result is { Outcome: DeliveryOutcome.Delivered })
        {
            Snackbar.Add($"{channel.Name}: the test alert was delivered.", Severity.Success);
        }
        else
        {
            Snackbar.Add($"{channel.Name}: {result?.Error ?? "the channel no longer exists."}", Severity.Error);
        }
    }

    private async Task SnoozeAsync(AlertChannelView channel, int minutes)
    {
        await Channels.SnoozeAsync(channel.Id, minutes > 0 ? Now.AddMinutes(minutes) : null, CancellationToken.None);
        await ReloadAsync();
    }

    private async Task DeleteAsync(AlertChannelView channel)
    {
        if (await Dialogs.ShowMessageBoxAsync("Delete channel", $"Delete '{channel.Name}' and its alerts?", yesText: "Delete", cancelText: "Cancel") == true
            && await Channels.DeleteAsync(channel.Id, await ActorAsync(), CancellationToken.None))
        {
            Snackbar.Add($"'{channel.Name}' deleted.", Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task RetryAsync(AlertView alert)
    {
        await Outbox.RetryAsync(alert.Id, CancellationToken.None);
        await ReloadAsync();
    }

    private async Task RetryFailedAsync()
    {
        var count = await Outbox.RetryFailedAsync(CancellationToken.None);
        Snackbar.Add($"{count} alert(s) queued again.", Severity.Info);
        await ReloadAsync();
    }

    private async Task PurgeAsync()
    {
        if (await Dialogs.ShowMessageBoxAsync("Purge pending alerts", "Drop every alert still waiting? Those postings will not be sent on their channels.",
                yesText: "Purge", cancelText: "Cancel") == true)
        {
            var count = await Outbox.PurgePendingAsync(null, CancellationToken.None);
            Snackbar.Add($"{count} pending alert(s) dropped.", Severity.Info);
            await ReloadAsync();
        }
    }

    private string? ProfileName(int? id) => id is null ? null : _profiles.FirstOrDefault(p => p.Id == id)?.Name;

    internal static string TypeName(string type) => type switch
    {
        "slack" => "Slack",
        "discord" => "Discord",
        "teams" => "Microsoft Teams",
        "email" => "Email",
        _ => "JSON webhook",
    };

    private async Task<string?> ActorAsync() => Authentication is null ? null : (await Authentication).User.Identity?.Name;

    public void Dispose() => _subscription?.Dispose();
}
