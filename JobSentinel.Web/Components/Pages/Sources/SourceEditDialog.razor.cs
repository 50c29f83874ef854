using JobSentinel.Core.Sources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Sources;

/// <summary>Adds or edits a source, validated field by field, with an optional dry test fetch.</summary>
public partial class SourceEditDialog
{
    private string? _name;
    private SourceType _type = SourceType.Greenhouse;
    private string? _board;
    private string? _url;
    private string? _baseUrl;
    private string? _schedule;
    private bool _enabled = true;
    private List<Option> _options = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private SourceTestResult? _test;
    private bool _testing;

    [CascadingParameter]
    public required IMudDialogInstance MudDialog { get; set; }

    [CascadingParameter]
    public Task<AuthenticationState>? Authentication { get; set; }

    /// <summary>The source to edit; null to add one.</summary>
    [Parameter]
    public SourceView? Source { get; set; }

    [Inject]
    public required SourceService Service { get; init; }

    [Inject]
    public required SourceTester Tester { get; init; }

    private SourceTypeInfo Info => SourceCatalog.Get(_type);

    private string ScheduleHint
    {
        get
        {
            var expression = string.IsNullOrWhiteSpace(_schedule) ? Info.DefaultSchedule : _schedule;
            return CronSchedule.Check(expression) is null && CronSchedule.Next(expression, DateTime.UtcNow) is { } next
                ? $"Next run {next:ddd MMM d HH:mm} UTC" + (Info.MaxRunsPerDay is { } max ? $" · at most {max} runs a day" : "")
                : "Five fields: minute hour day-of-month month day-of-week";
        }
    }

    /// <summary>Opens the dialog; true when a source was saved.</summary>
    public static async Task<bool> ShowAsync(IDialogService dialogs, SourceView? source)
    {
        var parameters = new DialogParameters<SourceEditDialog> { { d => d.Source, source } };
        var dialog = await dialogs.ShowAsync<SourceEditDialog>(source is null ? "Add source" : $"Edit {source.Name}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false };
    }

    protected override void OnInitialized()
    {
        if (Source is { } source)
        {
            (_name, _type, _board, _url, _baseUrl, _schedule, _enabled) =
                (source.Name, source.Type, source.Board, source.Url, source.BaseUrl, source.Schedule, source.Enabled);
            _options = [.. source.Options.Select(o => new Option { Key = o.Key, Value = o.Value })];
        }

        EnsureRequiredOptions();
    }

    private void TypeChanged(SourceType type)
    {
        _type = type;
        _options.RemoveAll(o => string.IsNullOrWhiteSpace(o.Value));
        EnsureRequiredOptions();
    }

    private void EnsureRequiredOptions()
    {
        foreach (var required in Info.RequiredOptions.Where(r => _options.All(o => o.Key != r)))
        {
            _options.Add(new Option { Key = required });
        }
    }

    private SourceDraft Draft() => new()
    {
        Name = _name,
        Type = _type,
        Board = Info.Target == SourceTarget.Board ? _board : null,
        Url = Info.Target == SourceTarget.Url ? _url : null,
        BaseUrl = string.IsNullOrWhiteSpace(_baseUrl) ? (Source is null ? null : "") : _baseUrl,
        Schedule = string.IsNullOrWhiteSpace(_schedule) ? Info.DefaultSchedule : _schedule,
        Enabled = _enabled,
        Options = _options.Where(o => !string.IsNullOrWhiteSpace(o.Key)).GroupBy(o => o.Key!.Trim()).ToDictionary(g => g.Key, g => g.Last().Value ?? ""),
    };

    private async Task TestAsync()
    {
        var draft = Draft();
        _errors = SourceValidator.Validate(draft with { Name = string.IsNullOrWhiteSpace(draft.Name) ? "test" : draft.Name });
        if (_errors.Count > 0 || (Source is not null && draft.Options!.Values.Contains(SourceOptionsCodec.Mask)))
        {
            _test = _errors.Count > 0 ? null : new SourceTestResult(false, _type, "", null, null, null, draft.Options!, 0, [],
                "Secrets are not shown again: enter the secret to test, or save and use Run now.", 0);
            return;
        }

        _testing = true;
        _test = await Tester.TestAsync(draft, CancellationToken.None);
        _testing = false;
    }

    private async Task SaveAsync()
    {
        var actor = Authentication is null ? null : (await Authentication).User.Identity?.Name;
        var result = Source is null
            ? await Service.CreateAsync(Draft(), actor, CancellationToken.None)
            : await Service.UpdateAsync(Source.Id, Draft(), actor, CancellationToken.None);
        if (result.Source is not null)
        {
            MudDialog.Close(DialogResult.Ok(result.Source.Id));
            return;
        }

        _errors = result.Errors;
    }

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? Error(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>One editable option row.</summary>
    public sealed class Option
    {
        public string? Key { get; set; }

        public string? Value { get; set; }
    }
}
