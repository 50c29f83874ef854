using Bunit;
using MudBlazor.Extensions;
using JobSentinel.Core.Alerts;
using JobSentinel.Core.Settings;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Layout;

public sealed class MainLayoutTests : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private ServiceProvider _core = null!;

    public async ValueTask InitializeAsync()
    {
        _core = await CoreServices.BuildInitializedAsync(_directory.Path);
        Services.AddSingleton(_core.GetRequiredService<SettingsStore>());
        Services.AddSingleton(_core.GetRequiredService<AlertOutbox>());
        Services.AddSingleton(_core.GetRequiredService<JobSentinel.Core.Operations.MaintenanceMode>());
        Services.AddSingleton(_core.GetRequiredService<JobSentinel.Core.Features.FeatureFlags>());
        Services.AddScoped<ThemeState>();
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgeryState());
        AddAuthorization().SetAuthorized("admin");
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _core.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public void Render_NavigatesToEveryArea()
    {
        var layout = RenderLayout();

        var links = layout.FindAll("a.mud-nav-link").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();

        Assert.Equal(
            [("/", "Dashboard"), ("/jobs", "Jobs"), ("/sources", "Sources"), ("/resumes", "Resumes"), ("/evaluations", "Evaluations"),
             ("/applications", "Applications"), ("/pipeline-runs", "Pipeline runs"), ("/achievements", "Achievements"), ("/contacts", "Contacts"), ("/alerts", "Alerts"),
             ("/dashboards/performance", "Performance"), ("/dashboards/business", "Business"), ("/operations", "Operations"), ("/settings", "Settings")],
            links);
        Assert.Contains("page body", layout.Markup, StringComparison.Ordinal);
        Assert.Equal("true", layout.Find(".mud-layout").GetAttribute("data-interactive"));
    }

    [Fact]
    public void Render_ShowsTheUserAndASignOutFormWithAntiforgeryToken()
    {
        var layout = RenderLayout();

        Assert.Contains("admin", layout.Find(".mud-appbar").TextContent, StringComparison.Ordinal);
        var form = layout.Find("form[action='/account/logout']");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task ThemeButton_SwitchesToDarkAndRemembersIt()
    {
        var layout = RenderLayout();
        Assert.False(await _core.GetRequiredService<SettingsStore>().GetAsync(SettingKeys.DarkMode, false));

        layout.Find("button[aria-label='Toggle dark theme']").Click();

        layout.WaitForAssertion(() => Assert.True(layout.FindComponent<MudBlazor.MudThemeProvider>().Instance.GetState(x => x.IsDarkMode)));
        Assert.True(await _core.GetRequiredService<SettingsStore>().GetAsync(SettingKeys.DarkMode, false));
    }

    [Fact]
    public void MaintenanceMode_ShowsItsBannerAboveEveryPage()
    {
        _core.GetRequiredService<JobSentinel.Core.Operations.MaintenanceMode>().Set(true, "restoring a backup", "admin");

        var layout = RenderLayout();

        Assert.Contains("Maintenance mode — restoring a backup", layout.Find("[data-testid=maintenance-banner]").TextContent, StringComparison.Ordinal);
        Assert.Contains("page body", layout.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<MainLayout> RenderLayout()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render<MainLayout>(parameters => parameters.Add(p => p.Body, (RenderFragment)(builder => builder.AddContent(0, "page body"))));
    }

    private sealed class FixedAntiforgeryState : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
