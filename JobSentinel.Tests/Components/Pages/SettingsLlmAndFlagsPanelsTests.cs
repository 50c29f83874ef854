using Bunit;
using JobSentinel.Core.Features;
using JobSentinel.Core.Generation;
using JobSentinel.Core.Security;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Components.Pages.Settings;
using JobSentinel.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JobSentinel.Tests.Components.Pages;

/// <summary>The Settings panels "Text generation (LLM)" and "Feature flags &amp; kill switches" over the real Core services.</summary>
public sealed class SettingsLlmAndFlagsPanelsTests : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private ServiceProvider _core = null!;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _core = await CoreServices.BuildInitializedAsync(_directory.Path, new Dictionary<string, string?>
        {
            ["JobSentinel:Llm:Primary:BaseUrl"] = "http://127.0.0.1:9/v1",
            ["JobSentinel:Llm:Primary:Model"] = "gpt-test",
            ["JobSentinel:Llm:Primary:ApiKey"] = "sk-config-key",
            ["JobSentinel:Llm:MonthlyCostCapUsd"] = "10",
        });
        Services.AddSingleton(_core.GetRequiredService<FeatureFlags>());
        Services.AddSingleton(_core.GetRequiredService<LlmSettingsService>());
        Services.AddSingleton(_core.GetRequiredService<LlmUsage>());
        Services.AddSingleton(_core.GetRequiredService<LlmTextGenerator>());
        AddAuthorization().SetAuthorized("admin");
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _core.DisposeAsync();
        _directory.Dispose();
    }

    private async Task<List<string>> AuditAsync(string kind) =>
        [.. (await _core.GetRequiredService<AuditLog>().QueryAsync(kind, null, 1, 50, Ct)).Items.Select(e => e.Detail!)];

    [Fact]
    public void LlmPanel_ShowsTheKeyMasked_TheCapProgressAndClosedBreakers()
    {
        var panel = Render<LlmSettingsPanel>();

        panel.WaitForAssertion(() => Assert.Equal(LlmSettingsService.Mask, panel.Find("input[data-testid=llm-primary-apikey]").GetAttribute("value")));
        Assert.DoesNotContain("sk-config-key", panel.Markup, StringComparison.Ordinal);
        Assert.Contains("0 USD", panel.Find("[data-testid=llm-usage]").TextContent, StringComparison.Ordinal);
        Assert.Contains("of 10 USD cap", panel.Find("[data-testid=llm-usage]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(panel.Find("[data-testid=llm-cap-progress]"));
        Assert.Contains("primary: closed", panel.Find("[data-testid=llm-breaker-primary]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LlmPanel_SaveWithALinkLocalUrl_ShowsTheFieldErrorAndStoresNothing()
    {
        var panel = Render<LlmSettingsPanel>();
        panel.WaitForAssertion(() => panel.Find("input[data-testid=llm-primary-baseurl]"));

        panel.Find("input[data-testid=llm-primary-baseurl]").Change("http://169.254.169.254/v1");
        panel.Find("form").Submit();

        panel.WaitForAssertion(() => Assert.Contains("link-local", panel.Markup, StringComparison.Ordinal));
        Assert.Equal("http://127.0.0.1:9/v1", (await _core.GetRequiredService<LlmSettingsService>().GetAsync(Ct)).Primary.BaseUrl);
    }

    [Fact]
    public async Task LlmPanel_SaveAnotherModel_KeepsTheKeyAndAudits()
    {
        var panel = Render<LlmSettingsPanel>();
        panel.WaitForAssertion(() => panel.Find("input[data-testid=llm-primary-model]"));

        panel.Find("input[data-testid=llm-primary-model]").Change("gpt-other");
        panel.Find("form").Submit();

        await panel.WaitForAssertionAsync(async () =>
        {
            var settings = await _core.GetRequiredService<LlmSettingsService>().GetAsync(Ct);
            Assert.Equal(("gpt-other", "sk-config-key"), (settings.Primary.Model, settings.Primary.ApiKey));
        });
        Assert.Contains(await AuditAsync(AuditKinds.SettingChanged), d => d.Contains("primary.model: gpt-test → gpt-other", StringComparison.Ordinal));
    }

    [Fact]
    public void LlmPanel_Preview_ShowsTheRedactedText()
    {
        var panel = Render<LlmSettingsPanel>();
        panel.WaitForAssertion(() => panel.Find("textarea[data-testid=llm-preview-input]"));

        panel.Find("textarea[data-testid=llm-preview-input]").Change("Reach me at ana@example.com or +1 415 555 0134.");
        panel.Find("[data-testid=llm-preview-button]").Click();

        panel.WaitForAssertion(() =>
        {
            var preview = panel.Find("[data-testid=llm-preview]").TextContent;
            Assert.Contains("Reach me at [email] or [phone].", preview, StringComparison.Ordinal);
            Assert.Contains("Would go to primary (gpt-test)", preview, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task FlagsPanel_TurnOffAFlag_ChangesItAndAudits()
    {
        var panel = Render<FeatureFlagsPanel>();

        panel.WaitForAssertion(() => panel.Find("input[data-testid=flag-switch-digest]"));
        panel.Find("input[data-testid=flag-switch-digest]").Change(false);

        await panel.WaitForAssertionAsync(async () =>
            Assert.False(await _core.GetRequiredService<FeatureFlags>().IsEnabledAsync(FeatureNames.Digest, null, Ct)));
        Assert.Contains("flag digest: on (100 %) → off", await AuditAsync(AuditKinds.FeatureFlagChanged));
    }

    [Fact]
    public async Task FlagsPanel_KillSwitch_AsksForConfirmationThenPauses_AndTheBannerShowsIt()
    {
        var provider = Render<MudDialogProvider>();
        var banner = Render<KillSwitchBanner>();
        var panel = Render<FeatureFlagsPanel>();
        Assert.Empty(banner.FindAll("[data-testid=kill-switch-banner]"));

        panel.WaitForAssertion(() => panel.Find("input[data-testid=kill-switch-alerts]"));
        await panel.InvokeAsync(() => panel.Find("input[data-testid=kill-switch-alerts]").Change(true));
        provider.WaitForAssertion(() => Assert.Contains("Pause all alerts work now?", provider.Markup, StringComparison.Ordinal));
        Assert.False(await _core.GetRequiredService<FeatureFlags>().IsPausedAsync(KillSwitches.Alerts, Ct));

        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Pause").Click();

        await panel.WaitForAssertionAsync(async () =>
            Assert.True(await _core.GetRequiredService<FeatureFlags>().IsPausedAsync(KillSwitches.Alerts, Ct)));
        banner.WaitForAssertion(() => Assert.Contains("alerts", banner.Find("[data-testid=kill-switch-banner]").TextContent, StringComparison.Ordinal));
        Assert.Contains("kill switch alerts: paused", await AuditAsync(AuditKinds.FeatureFlagChanged));
    }
}
