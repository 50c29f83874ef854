using Bunit;
using JobSentinel.Core.Achievements;
using JobSentinel.Core.Pipeline;
using JobSentinel.Core.Resumes;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JobSentinel.Tests.Components.Pages.Documents;

/// <summary>The document editor and the achievements page over the real Core services on a SQLite file.</summary>
public abstract class DocumentsComponentTest : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    protected ServiceProvider Core { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Core = await CoreServices.BuildInitializedAsync(_directory.Path);
        Services.AddSingleton(Get<DocumentService>());
        Services.AddSingleton(Get<StarRecordService>());
        Services.AddSingleton(Get<ResumeService>());
        AddAuthorization().SetAuthorized("admin");
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Core.DisposeAsync();
        _directory.Dispose();
    }

    protected T Get<T>()
        where T : notnull => Core.GetRequiredService<T>();

    protected (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<MudSnackbarProvider> Snackbars) RenderProviders() =>
        (Render<MudDialogProvider>(), Render<MudSnackbarProvider>());
}
