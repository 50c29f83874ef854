using JobSentinel.Core.Configuration;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Bunit;
using MudBlazor;

namespace JobSentinel.Tests.Components.Pages;

/// <summary>Sources and Jobs components over the real Core services on a SQLite file.</summary>
public abstract class DiscoveryComponentTest : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    protected ServiceProvider Core { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Core = await CoreServices.BuildInitializedAsync(_directory.Path);
        Services.AddSingleton(Core.GetRequiredService<JobSearch>());
        Services.AddSingleton(Core.GetRequiredService<JobTriage>());
        Services.AddSingleton(Core.GetRequiredService<Core.Applications.ApplicationService>());
        Services.AddSingleton(Core.GetRequiredService<SourceService>());
        Services.AddSingleton(Core.GetRequiredService<SourceTester>());
        Services.AddSingleton(Core.GetRequiredService<ScrapeRunService>());
        Services.AddSingleton(Core.GetRequiredService<IOptionsMonitor<JobsOptions>>());
        Services.AddSingleton(Core.GetRequiredService<Core.Contacts.ContactService>());
        Services.AddSingleton(Core.GetRequiredService<Core.Features.FeatureFlags>());
        Services.AddSingleton(Core.GetRequiredService<JobSentinel.Core.Resumes.ResumeService>()); // the job page's Prepare application
        Services.AddSingleton(Core.GetRequiredService<JobSentinel.Core.Pipeline.PipelineService>());
        AddAuthorization().SetAuthorized("admin");
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Core.DisposeAsync();
        _directory.Dispose();
    }

    protected Task<JobView> AddJobAsync(string title, string company = "Acme", string description = "<p>Build things.</p>") =>
        Core.GetRequiredService<JobTriage>().AddManualAsync(new ManualJobDraft
        {
            Url = $"https://jobs.example.com/{Uri.EscapeDataString(title)}",
            Title = title,
            Company = company,
            Description = description,
        }, CancellationToken.None);

    protected async Task<SourceView> AddSourceAsync(string name, string board = "acme")
    {
        var result = await Core.GetRequiredService<SourceService>().CreateAsync(
            new SourceDraft { Name = name, Type = SourceType.Greenhouse, Board = board }, "admin", CancellationToken.None);
        return result.Source ?? throw new InvalidOperationException(string.Join(" ", result.Errors.Values.SelectMany(e => e)));
    }

    /// <summary>Dialogs and snackbars render into providers, as in the app's layout.</summary>
    protected (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<MudSnackbarProvider> Snackbars) RenderProviders() =>
        (Render<MudDialogProvider>(), Render<MudSnackbarProvider>());
}
