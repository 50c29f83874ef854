using System.Collections.Concurrent;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Live;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Web.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Jobs;

/// <summary>Postings: server-side search, filters, sorting and paging, triage, export, and new postings arriving live.</summary>
public partial class Jobs : IDisposable
{
    private static readonly TimeSpan LiveReloadInterval = TimeSpan.FromMilliseconds(300);

    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<long, DateTime> _fresh = new();
    private DateTime _lastLiveReload;
    private MudTable<JobView>? _table;
    private IReadOnlyList<SourceView> _sources = [];
    private List<(string Name, string Url)> _attributions = [];
    private IDisposable[] _subscriptions = [];
    private int _reloadScheduled;
    private int? _total;
    private string? _error;

    private string? _q;
    private string? _source;
    private string? _company;
    private string? _workplace;
    private double? _minSalary;
    private int _sinceDays;
    private string _status = "open";
    private bool _starredOnly;
    private bool _includeHidden;
    private JobQuery _lastQuery = new();

    /// <summary>Optional initial search from a link, e.g. <c>/jobs?source=3</c>.</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? InitialQuery { get; set; }

    [SupplyParameterFromQuery(Name = "source")]
    public string? InitialSource { get; set; }

    [Inject]
    public required JobSearch Search { get; init; }

    [Inject]
    public required JobTriage Triage { get; init; }

    [Inject]
    public required SourceService SourceService { get; init; }

    [Inject]
    public required LiveEventNotifier Notifier { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required TimeProvider Time { get; init; }

    [Inject]
    public required IOptionsMonitor<JobsOptions> JobsOptions { get; init; }

    private string Currency => JobsOptions.CurrentValue.Currency;

    private DateTime Now => Time.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        (_q, _source) = (InitialQuery, InitialSource);
        _sources = await SourceService.ListAsync(CancellationToken.None);
        _attributions = [.. _sources.Where(s => s.AttributionUrl is not null)
            .Select(s => (SourceCatalog.Get(s.Type).DisplayName, s.AttributionUrl!)).Distinct()];
        _subscriptions = [Notifier.Subscribe<JobsDiscovered>(OnJobsDiscovered), Notifier.Subscribe<MatchesFound>(OnMatchesFound)];
    }

    private Task OnJobsDiscovered(JobsDiscovered discovered)
    {
        _ = InvokeAsync(() => Snackbar.Add($"{discovered.Count} new posting(s) from {discovered.SourceName}.", Severity.Info,
            options => options.VisibleStateDuration = 4000));
        return ShowFresh(discovered.JobIds);
    }

    // Scores arrive just after the postings (and for changed ones): the rows refresh with them.
    private Task OnMatchesFound(MatchesFound found) => ShowFresh(found.Matches.Select(m => m.JobId));

    private Task ShowFresh(IEnumerable<long> jobIds)
    {
        foreach (var (id, at) in _fresh.Where(f => Now - f.Value > FreshFor))
        {
            _fresh.TryRemove(id, out _);
        }

        foreach (var id in jobIds)
        {
            _fresh.TryAdd(id, Now);
        }

        // At once, but bursts of runs become one reload per 300 ms at most.
        if (Interlocked.Exchange(ref _reloadScheduled, 1) == 0)
        {
            var wait = LiveReloadInterval - (Now - _lastLiveReload);
            _ = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero).ContinueWith(_ => InvokeAsync(async () =>
            {
                _lastLiveReload = Now;
                Interlocked.Exchange(ref _reloadScheduled, 0);
                await ReloadAsync();
            }), TaskScheduler.Default);
        }

        return Task.CompletedTask;
    }

    internal JobQuery BuildQuery(TableState state) => new()
    {
        Q = string.IsNullOrWhiteSpace(_q) ? null : _q,
        Source = _source,
        Company = string.IsNullOrWhiteSpace(_company) ? null : _company,
        Workplace = _workplace,
        MinSalary = _minSalary,
        Since = _sinceDays > 0 ? Now.AddDays(-_sinceDays) : null,
        Status = _status,
        Starred = _starredOnly ? true : null,
        IncludeHidden = _includeHidden,
        Sort = state.SortDirection == SortDirection.None ? null : state.SortLabel,
        Order = state.SortDirection switch
        {
            SortDirection.Ascending => "asc",
            SortDirection.Descending => "desc",
            _ => null,
        },
        Page = state.Page + 1,
        PageSize = state.PageSize,
    };

    private async Task<TableData<JobView>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        _lastQuery = BuildQuery(state);
        var errors = _lastQuery.Validate(int.MaxValue);
        if (errors.Count > 0)
        {
            _error = string.Join(" ", errors.Values.SelectMany(e => e));
            return new TableData<JobView> { Items = [], TotalItems = 0 };
        }

        _error = null;
        try
        {
            var page = await Search.SearchAsync(_lastQuery, cancellationToken);
            _total = page.Total;
            StateHasChanged();
            return new TableData<JobView> { Items = page.Items, TotalItems = page.Total };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new TableData<JobView> { Items = [], TotalItems = _total ?? 0 };
        }
    }

    private Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private async Task SearchChanged(string? value)
    {
        _q = value;
        await ReloadAsync();
    }

    private async Task FilterChanged(Action apply)
    {
        apply();
        await ReloadAsync();
    }

    private async Task PatchAsync(JobView job, JobPatch patch)
    {
        if (await Triage.PatchAsync(job.Id, patch, CancellationToken.None) is null)
        {
            Snackbar.Add("That posting no longer exists.", Severity.Warning);
        }

        await ReloadAsync();
    }

    private async Task AddAsync()
    {
        if (await ManualJobDialog.ShowAsync(Dialogs) is { } id)
        {
            Navigation.NavigateTo($"/jobs/{id}");
        }
    }

    private string ExportUrl(string format)
    {
        var query = JobFormat.QueryString(_lastQuery);
        return $"/ui/export/jobs?format={format}" + (query.Length > 0 ? "&" + query : "");
    }

    private string RowClass(JobView job, int index) =>
        (_fresh.TryGetValue(job.Id, out var at) && Now - at < FreshFor ? "job-new " : "") + (job.Hidden ? "job-hidden" : "");

    internal static string Workplace(WorkplaceType type) => type switch
    {
        WorkplaceType.Onsite => "on site",
        _ => type.ToString().ToLowerInvariant(),
    };

    internal static Color ScoreColor(double score) => score switch
    {
        >= 0.75 => Color.Success,
        >= 0.5 => Color.Info,
        _ => Color.Default,
    };

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }
}
