using JobSentinel.Core.Live;
using JobSentinel.Core.Matching;
using JobSentinel.Core.Profiles;
using JobSentinel.Web.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Settings;

/// <summary>Edits the search profiles; saving rescores every stored posting, with its progress shown live.</summary>
public partial class ProfilesPanel : IDisposable
{
    private IReadOnlyList<ProfileView> _profiles = [];
    private ProfileView? _selected;
    private int _selectedId;
    private ProfileForm? _form;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private RescoreProgress? _rescore;
    private IDisposable? _subscription;
    private bool _saving;

    [Inject]
    public required ProfileService Profiles { get; init; }

    [Inject]
    public required RescoreWorker Rescoring { get; init; }

    [Inject]
    public required LiveEventNotifier Notifier { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? Authentication { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _rescore = Rescoring.Current is { Status: "running" } running ? running : null;
        _subscription = Notifier.Subscribe<RescoreProgress>(progress => InvokeAsync(async () =>
        {
            _rescore = progress;
            if (progress.Status == "completed" && _selected is not null)
            {
                // Feedback may have moved the learned weights meanwhile.
                await ReloadAsync(_selected.Id);
            }

            StateHasChanged();
        }));
        await ReloadAsync(null);
    }

    private async Task ReloadAsync(int? select)
    {
        _profiles = await Profiles.ListAsync(CancellationToken.None);
        _selected = _profiles.FirstOrDefault(p => p.Id == select) ?? _profiles.FirstOrDefault();
        _selectedId = _selected?.Id ?? 0;
        _form = _selected is null ? new ProfileForm() : ProfileForm.From(_selected);
        _errors = new Dictionary<string, string[]>();
    }

    private Task SelectAsync(int id) => ReloadAsync(id);

    private void NewProfile()
    {
        _selected = null;
        _form = new ProfileForm { Name = "" };
        _errors = new Dictionary<string, string[]>();
    }

    private async Task SaveAsync()
    {
        _saving = true;
        var actor = await ActorAsync();
        var result = _selected is null
            ? await Profiles.CreateAsync(_form!.ToDraft(), actor, CancellationToken.None)
            : await Profiles.UpdateAsync(_selected.Id, _form!.ToDraft(), actor, CancellationToken.None);
        _saving = false;
        if (result.Value is { } saved)
        {
            Snackbar.Add($"Saved '{saved.Name}': rescoring the stored postings.", Severity.Success);
            await ReloadAsync(saved.Id);
        }
        else
        {
            _errors = result.Errors;
            Snackbar.Add("The profile was not saved: see the fields in red.", Severity.Warning);
        }
    }

    private async Task DeleteAsync()
    {
        if (_selected is null || await Dialogs.ShowMessageBoxAsync("Delete profile", $"Delete the profile '{_selected.Name}'?", yesText: "Delete", cancelText: "Cancel") != true)
        {
            return;
        }

        var (_, error) = await Profiles.DeleteAsync(_selected.Id, await ActorAsync(), CancellationToken.None);
        Snackbar.Add(error ?? $"Deleted '{_selected.Name}'.", error is null ? Severity.Success : Severity.Warning);
        await ReloadAsync(null);
    }

    private async Task ResetLearningAsync()
    {
        if (_selected is not null && await Profiles.ResetLearningAsync(_selected.Id, await ActorAsync(), CancellationToken.None) is { } reset)
        {
            Snackbar.Add($"'{reset.Name}' forgot what your thumbs taught it.", Severity.Info);
            await ReloadAsync(reset.Id);
        }
    }

    private async Task<string?> ActorAsync() => Authentication is null ? null : (await Authentication).User.Identity?.Name;

    private bool Has(string field) => _errors.ContainsKey(field) || _errors.Keys.Any(k => k.StartsWith(field + ".", StringComparison.Ordinal));

    private string? Error(string field) => _errors.Where(e => e.Key == field || e.Key.StartsWith(field + ".", StringComparison.Ordinal))
        .SelectMany(e => e.Value).DefaultIfEmpty().Aggregate((a, b) => $"{a} {b}");

    private static string Share(ProfileForm form, ProfileForm.Weight weight)
    {
        var sum = form.Weights.Sum(w => w.Value);
        return sum <= 0 ? "—" : $"{weight.Value / sum:P0}";
    }

    public void Dispose() => _subscription?.Dispose();

    /// <summary>The profile being edited.</summary>
    public sealed class ProfileForm
    {
        public string Name { get; set; } = ProfileService.DefaultName;

        public bool IsDefault { get; set; }

        public List<string> TitleAllowlist { get; set; } = [];

        public List<string> TitleBlocklist { get; set; } = [];

        public List<string> KeywordsBoost { get; set; } = [];

        public List<string> KeywordsExclude { get; set; } = [];

        public bool AllowRemote { get; set; } = true;

        public bool AllowHybrid { get; set; } = true;

        public bool AllowOnsite { get; set; } = true;

        public List<string> Cities { get; set; } = [];

        public List<string> States { get; set; } = [];

        public List<string> Countries { get; set; } = [];

        public double? SalaryFloor { get; set; }

        public double? SalaryTarget { get; set; }

        public string Currency { get; set; } = "USD";

        public List<string> PreferredCompanies { get; set; } = [];

        public List<string> BlockedCompanies { get; set; } = [];

        public int RecencyFullDays { get; set; } = 7;

        public int RecencyZeroDays { get; set; } = 30;

        public double ImmediateAlertThreshold { get; set; } = 0.9;

        public double DigestMinScore { get; set; } = 0.7;

        public List<Weight> Weights { get; set; } = FromWeights(new ProfileWeights());

        public static ProfileForm From(ProfileView view) => new()
        {
            Name = view.Name,
            IsDefault = view.IsDefault,
            TitleAllowlist = [.. view.TitleAllowlist],
            TitleBlocklist = [.. view.TitleBlocklist],
            KeywordsBoost = [.. view.KeywordsBoost],
            KeywordsExclude = [.. view.KeywordsExclude],
            AllowRemote = view.AllowRemote,
            AllowHybrid = view.AllowHybrid,
            AllowOnsite = view.AllowOnsite,
            Cities = [.. view.Cities],
            States = [.. view.States],
            Countries = [.. view.Countries],
            SalaryFloor = view.SalaryFloor,
            SalaryTarget = view.SalaryTarget,
            Currency = view.Currency,
            PreferredCompanies = [.. view.PreferredCompanies],
            BlockedCompanies = [.. view.BlockedCompanies],
            RecencyFullDays = view.RecencyFullDays,
            RecencyZeroDays = view.RecencyZeroDays,
            ImmediateAlertThreshold = view.ImmediateAlertThreshold,
            DigestMinScore = view.DigestMinScore,
            Weights = FromWeights(view.Weights),
        };

        // Every field is sent: the form is the whole profile. A cleared salary is sent as 0 (the API's "no salary").
        public ProfileDraft ToDraft() => new()
        {
            Name = Name,
            IsDefault = IsDefault ? true : null,
            TitleAllowlist = TitleAllowlist,
            TitleBlocklist = TitleBlocklist,
            KeywordsBoost = KeywordsBoost,
            KeywordsExclude = KeywordsExclude,
            AllowRemote = AllowRemote,
            AllowHybrid = AllowHybrid,
            AllowOnsite = AllowOnsite,
            Cities = Cities,
            States = States,
            Countries = Countries,
            SalaryFloor = SalaryFloor ?? 0,
            SalaryTarget = SalaryTarget ?? 0,
            Currency = Currency,
            PreferredCompanies = PreferredCompanies,
            BlockedCompanies = BlockedCompanies,
            RecencyFullDays = RecencyFullDays,
            RecencyZeroDays = RecencyZeroDays,
            ImmediateAlertThreshold = ImmediateAlertThreshold,
            DigestMinScore = DigestMinScore,
            Weights = new WeightsDraft(Weights[0].Value, Weights[1].Value, Weights[2].Value, Weights[3].Value, Weights[4].Value),
        };

        private static List<Weight> FromWeights(ProfileWeights weights) =>
        [
            new("Skills", weights.Skills), new("Salary", weights.Salary), new("Location", weights.Location),
            new("Company", weights.Company), new("Recency", weights.Recency),
        ];

        /// <summary>One factor's weight on a slider.</summary>
        public sealed class Weight(string label, double value)
        {
            public string Label { get; } = label;

            public double Value { get; set; } = value;
        }
    }
}
