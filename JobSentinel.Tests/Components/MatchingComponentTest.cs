using Bunit;
using JobSentinel.Core.Alerts;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using JobSentinel.Core.Live;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Profiles;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace JobSentinel.Tests.Components;

/// <summary>
/// Profiles, matches and alerts components over the real Core services on a SQLite file. Core publishes
/// its live events through the test's <see cref="MudBunitContext.Notifier"/>, as the app wires it.
/// </summary>
public abstract class MatchingComponentTest : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    protected ServiceProvider Core { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Core = await CoreServices.BuildInitializedAsync(_directory.Path, configure: services => services.AddSingleton<ILiveEventPublisher>(Notifier));
        Services.AddSingleton(Core.GetRequiredService<ProfileService>());
        Services.AddSingleton(Core.GetRequiredService<RescoreWorker>());
        Services.AddSingleton(Core.GetRequiredService<MatchScorer>());
        Services.AddSingleton(Core.GetRequiredService<JobSearch>());
        Services.AddSingleton(Core.GetRequiredService<JobTriage>());
        Services.AddSingleton(Core.GetRequiredService<AlertChannelService>());
        Services.AddSingleton(Core.GetRequiredService<AlertOutbox>());
        Services.AddSingleton(Core.GetRequiredService<IOptionsMonitor<AlertsOptions>>());
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

    /// <summary>Stores a posting by hand; Core scores it against the profiles and publishes <see cref="MatchesFound"/>.</summary>
    protected Task<JobView> AddJobAsync(string title, string company = "Acme", string description = "<p>Build things.</p>") =>
        Get<JobTriage>().AddManualAsync(new ManualJobDraft
        {
            Url = $"https://jobs.example.com/{Uri.EscapeDataString(title)}",
            Title = title,
            Company = company,
            Description = description,
        }, CancellationToken.None);

    protected async Task<AlertChannelView> AddChannelAsync(string name, string url = "https://hooks.slack.com/services/T000/B000/XOXB-SECRET-TOKEN", string type = "slack")
    {
        var result = await Get<AlertChannelService>().CreateAsync(new AlertChannelDraft { Name = name, Type = type, Url = url }, "admin", CancellationToken.None);
        return result.Value ?? throw new InvalidOperationException(string.Join(" ", result.Errors.Values.SelectMany(e => e)));
    }

    /// <summary>An outbox row as the dispatcher leaves it (pending, or failed with the channel's error).</summary>
    protected async Task<long> AddAlertAsync(int channelId, long jobId, AlertStatus status, string? error = null)
    {
        await using var context = await Get<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();
        var now = DateTime.UtcNow;
        var alert = new Alert
        {
            ChannelId = channelId,
            JobId = jobId,
            ProfileId = (await Get<ProfileService>().GetAsync(null, CancellationToken.None))!.Id,
            Score = 0.95,
            Kind = AlertKind.Immediate,
            Status = status,
            Attempts = status == AlertStatus.Failed ? 5 : 0,
            LastError = error,
            MatchedAt = now,
            CreatedAt = now,
        };
        context.Alerts.Add(alert);
        await context.SaveChangesAsync();
        return alert.Id;
    }

    /// <summary>Dialogs and snackbars render into providers, as in the app's layout.</summary>
    protected (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<MudSnackbarProvider> Snackbars) RenderProviders() =>
        (Render<MudDialogProvider>(), Render<MudSnackbarProvider>());
}
