using JobSentinel.Core.Sources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Sources;

/// <summary>First run: the zero-configuration feeds, and a careers URL recognised, test-fetched and saved.</summary>
public partial class SourceOnboarding
{
    private readonly HashSet<string> _chosen = ["Remote OK", "Remotive", "Arbeitnow", "We Work Remotely", "Hacker News: Who is hiring"];
    private string? _careersUrl;
    private SourceTestResult? _test;
    private SourceDraft? _draft;
    private string? _problem;
    private bool _busy;

    [Parameter]
    public EventCallback OnAdded { get; set; }

    [Inject]
    public required SourceService Service { get; init; }

    [Inject]
    public required SourceTester Tester { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? Authentication { get; set; }

    private void Toggle(string name, bool on)
    {
        if (on)
        {
            _chosen.Add(name);
        }
        else
        {
            _chosen.Remove(name);
        }
    }

    private async Task AddFeedsAsync()
    {
        _busy = true;
        var actor = await ActorAsync();
        foreach (var (name, type, url) in SourceCatalog.ZeroConfigurationFeeds.Where(f => _chosen.Contains(f.Name)))
        {
            var result = await Service.CreateAsync(new SourceDraft { Name = name, Type = type, Url = url }, actor, CancellationToken.None);
            if (result.Source is null)
            {
                Snackbar.Add($"{name}: {string.Join(" ", result.Errors.Values.SelectMany(e => e))}", Severity.Warning);
            }
        }

        _busy = false;
        await OnAdded.InvokeAsync();
    }

    private async Task TestAsync()
    {
        _problem = null;
        _test = null;
        _draft = SourceTester.Complete(new SourceDraft(), _careersUrl);
        if (_draft.Type is null)
        {
            _problem = "That is not a web address (it should look like https://boards.greenhouse.io/acme).";
            return;
        }

        var errors = SourceValidator.Validate(_draft);
        if (errors.Count > 0)
        {
            _problem = _draft.Type == SourceType.Html
                ? "This page is not on a board JobSentinel knows. Add it with \"Add source\" as a careers page (HTML) with CSS selectors."
                : string.Join(" ", errors.Values.SelectMany(e => e));
            return;
        }

        _busy = true;
        _test = await Tester.TestAsync(_draft, CancellationToken.None);
        _busy = false;
    }

    private async Task SaveTestedAsync()
    {
        var result = await Service.CreateAsync(_draft!, await ActorAsync(), CancellationToken.None);
        if (result.Source is null)
        {
            _problem = string.Join(" ", result.Errors.Values.SelectMany(e => e));
            return;
        }

        Snackbar.Add($"Added '{result.Source.Name}'.", Severity.Success);
        _test = null;
        _careersUrl = null;
        await OnAdded.InvokeAsync();
    }

    private async Task<string?> ActorAsync() => Authentication is null ? null : (await Authentication).User.Identity?.Name;
}
