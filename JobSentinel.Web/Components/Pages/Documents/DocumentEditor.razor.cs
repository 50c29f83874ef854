using JobSentinel.Core.Pipeline;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobSentinel.Web.Components.Pages.Documents;

/// <summary>The CV / cover-letter editor: sections on the left, the live preview on the right, save, restore and export.</summary>
public partial class DocumentEditor
{
    private DocumentEditorModel? _model;
    private bool _missing;
    private bool _saving;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    [Parameter]
    public long Id { get; set; }

    [Inject]
    public required DocumentService Documents { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    private string BackUrl => _model?.Saved switch
    {
        { RunId: { } runId } => $"/pipeline-runs/{runId}",
        { JobId: { } jobId } => $"/jobs/{jobId}",
        _ => "/pipeline-runs",
    };

    protected override async Task OnParametersSetAsync()
    {
        var document = await Documents.GetAsync(Id, CancellationToken.None);
        _missing = document is null;
        _model = document is null ? null : new DocumentEditorModel(document);
        _errors = new Dictionary<string, string[]>();
    }

    private async Task SaveAsync()
    {
        _saving = true;
        var result = await Documents.UpdateAsync(Id, _model!.ToEdit(), CancellationToken.None);
        _saving = false;
        if (result.NotFound)
        {
            _missing = true;
            return;
        }

        _errors = result.Errors;
        if (result.Value is { } saved)
        {
            _model.Reset(saved);
            Snackbar.Add("Saved.", Severity.Success);
        }
    }

    private async Task RestoreAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Restore generated version",
            "Replace every section with the generated version? Your edits are lost.", yesText: "Restore", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        if (await Documents.RestoreAsync(Id, CancellationToken.None) is { } restored)
        {
            _model!.Reset(restored);
            _errors = new Dictionary<string, string[]>();
            Snackbar.Add("Generated version restored.", Severity.Info);
        }
        else
        {
            _missing = true;
        }
    }

    private string DownloadUrl(string format, string? paper) =>
        $"/ui/documents/{Id}/{format}" + (paper is null ? "" : $"?format={paper}");

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? Error(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    internal static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.CoverLetter => "Cover letter",
        DocumentKind.Outreach => "Outreach message",
        _ => "CV",
    };

    internal static string ProviderText(string? provider) =>
        provider is null or "template" ? "Template (no LLM)" : provider.StartsWith("llm:", StringComparison.Ordinal) ? "LLM · " + provider[4..].Trim() : provider;

    private static string ProviderIcon(string? provider) =>
        provider is null or "template" ? Icons.Material.Filled.Description : Icons.Material.Filled.AutoAwesome;
}
