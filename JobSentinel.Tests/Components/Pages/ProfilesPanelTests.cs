using AngleSharp.Dom;
using Bunit;
using JobSentinel.Core.Live;
using JobSentinel.Core.Profiles;
using JobSentinel.Web.Components.Pages.Settings;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using MudBlazor.Extensions;

namespace JobSentinel.Tests.Components.Pages;

public sealed class ProfilesPanelTests : MatchingComponentTest
{
    [Fact]
    public void Render_ShowsTheDefaultProfileAlone()
    {
        var panel = RenderPanel();

        Assert.Equal("Default", panel.Find("input[data-testid=profile-name]").GetAttribute("value"));
        Assert.Contains("Save and rescore", panel.Find("[data-testid=profile-save]").TextContent, StringComparison.Ordinal);
        Assert.Empty(panel.FindComponents<MudSelect<int>>());
        Assert.DoesNotContain("Delete profile", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithoutNameOrPlace_ShowsTheErrorsOnTheirFieldsAndStoresNothing()
    {
        var (_, snackbars) = RenderProviders();
        var panel = RenderPanel();

        panel.Find("input[data-testid=profile-name]").Change("");
        foreach (var place in new[] { "Remote", "Hybrid", "On site" })
        {
            CheckBox(panel, place).Change(false);
        }

        panel.Find("[data-testid=profile-save]").Click();

        panel.WaitForAssertion(() =>
        {
            Assert.Contains("A name is required.", FieldOf(panel.Find("input[data-testid=profile-name]")).TextContent, StringComparison.Ordinal);
            Assert.Contains("Allow at least one of remote, hybrid and onsite.", panel.Markup, StringComparison.Ordinal);
            Assert.Contains("The profile was not saved", snackbars.Markup, StringComparison.Ordinal);
        });
        var stored = Assert.Single(await Get<ProfileService>().ListAsync(CancellationToken.None));
        Assert.Equal(("Default", true, true, true), (stored.Name, stored.AllowRemote, stored.AllowHybrid, stored.AllowOnsite));
    }

    [Fact]
    public async Task Save_WithFloorAboveTarget_ShowsTheErrorOnTheTargetAndStoresNothing()
    {
        RenderProviders();
        var panel = RenderPanel();

        InputLabelled(panel, "Floor (below: rejected)").Change("150000");
        InputLabelled(panel, "Target").Change("100000");
        panel.Find("[data-testid=profile-save]").Click();

        panel.WaitForAssertion(() =>
            Assert.Contains("salaryTarget must be at least salaryFloor.", FieldOf(InputLabelled(panel, "Target")).TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("salaryTarget", FieldOf(InputLabelled(panel, "Floor (below: rejected)")).TextContent, StringComparison.Ordinal);
        var stored = Assert.Single(await Get<ProfileService>().ListAsync(CancellationToken.None));
        Assert.Equal((null, null), (stored.SalaryFloor, stored.SalaryTarget));
    }

    [Fact]
    public async Task Save_Valid_StoresTheProfileAndSaysSo()
    {
        var (_, snackbars) = RenderProviders();
        var panel = RenderPanel();

        panel.Find("input[data-testid=profile-name]").Change("Backend roles");
        var boost = panel.Find("input[data-testid=profile-boost]");
        boost.Input("kubernetes");
        boost.KeyDown(new KeyboardEventArgs { Key = "Enter" });
        panel.WaitForAssertion(() => Assert.Contains("kubernetes", panel.FindAll(".mud-chip").Select(c => c.TextContent.Trim())));
        InputLabelled(panel, "Target").Change("160000");
        panel.Find("[data-testid=profile-save]").Click();

        panel.WaitForAssertion(() =>
            Assert.Contains("Saved 'Backend roles': rescoring the stored postings.", snackbars.Markup, StringComparison.Ordinal));
        var stored = Assert.Single(await Get<ProfileService>().ListAsync(CancellationToken.None));
        Assert.Equal("Backend roles", stored.Name);
        Assert.Equal(["kubernetes"], stored.KeywordsBoost);
        Assert.Equal(160_000, stored.SalaryTarget);
    }

    [Fact]
    public async Task NewProfile_CreatesASecondProfileAndOffersToSwitch()
    {
        RenderProviders();
        var panel = RenderPanel();

        panel.FindAll("button").Single(b => b.TextContent.Contains("New profile", StringComparison.Ordinal)).Click();
        panel.WaitForAssertion(() => Assert.Contains("Create profile", panel.Find("[data-testid=profile-save]").TextContent, StringComparison.Ordinal));
        Assert.Equal("", panel.Find("input[data-testid=profile-name]").GetAttribute("value") ?? "");
        panel.Find("input[data-testid=profile-name]").Change("Platform");
        panel.Find("[data-testid=profile-save]").Click();

        panel.WaitForAssertion(() => Assert.Single(panel.FindComponents<MudSelect<int>>()));
        var stored = await Get<ProfileService>().ListAsync(CancellationToken.None);
        Assert.Equal([("Default", true), ("Platform", false)], stored.Select(p => (p.Name, p.IsDefault)));
        Assert.Equal(stored[1].Id, panel.FindComponent<MudSelect<int>>().Instance.GetState(x => x.Value));
        Assert.Contains("Delete profile", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LearnedWeights_AreShownAndForgetClearsThem()
    {
        var profiles = Get<ProfileService>();
        var profile = (await profiles.GetAsync(null, CancellationToken.None))!;
        await profiles.LearnAsync(new Dictionary<int, IReadOnlyList<string>> { [profile.Id] = ["kubernetes"] }, thumbsUp: true, CancellationToken.None);
        await profiles.LearnAsync(new Dictionary<int, IReadOnlyList<string>> { [profile.Id] = ["php"] }, thumbsUp: false, CancellationToken.None);
        var (_, snackbars) = RenderProviders();
        var panel = RenderPanel();

        var chips = panel.Find("[data-testid=learned-weights]").QuerySelectorAll(".mud-chip").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal([$"kubernetes ×{1.15:0.##}", $"php ×{0.85:0.##}"], chips);

        panel.FindAll("[data-testid=learned-weights] button").Single(b => b.TextContent.Trim() == "Forget").Click();

        panel.WaitForAssertion(() =>
        {
            Assert.Empty(panel.FindAll("[data-testid=learned-weights]"));
            Assert.Contains("'Default' forgot what your thumbs taught it.", snackbars.Markup, StringComparison.Ordinal);
        });
        Assert.Empty((await profiles.GetAsync(profile.Id, CancellationToken.None))!.LearnedWeights);
    }

    [Fact]
    public async Task RescoreProgress_ShowsTheBarLiveThenTheDoneAlert()
    {
        await AddJobAsync("Backend Engineer");
        var panel = RenderPanel();
        Assert.Empty(panel.FindAll("[data-testid=rescore-progress]"));

        Notifier.Publish(new RescoreProgress("running", 1, 4, "profile 'Default' changed", null));

        panel.WaitForAssertion(() =>
        {
            var progress = panel.Find("[data-testid=rescore-progress]");
            Assert.Contains("Rescoring (profile 'Default' changed): 1 of 4 postings", progress.TextContent, StringComparison.Ordinal);
            Assert.Equal(25, panel.FindComponent<MudProgressLinear>().Instance.GetState(x => x.Value));
        });

        await Get<RescoreWorker>().RunNowAsync("thumbs up", CancellationToken.None);

        panel.WaitForAssertion(() =>
        {
            Assert.Empty(panel.FindAll("[data-testid=rescore-progress]"));
            Assert.Contains("Rescored 1 postings (thumbs up).", panel.Find("[data-testid=rescore-done]").TextContent, StringComparison.Ordinal);
        });
    }

    private IRenderedComponent<ProfilesPanel> RenderPanel()
    {
        var panel = Render<ProfilesPanel>();
        panel.WaitForAssertion(() => panel.Find("input[data-testid=profile-name]"));
        return panel;
    }

    // MudBlazor labels point at their input with "for".
    private static IElement InputLabelled(IRenderedComponent<ProfilesPanel> panel, string label) =>
        panel.Find($"#{panel.FindAll("label.mud-input-label").Single(l => l.TextContent.Trim() == label).GetAttribute("for")}");

    private static IElement CheckBox(IRenderedComponent<ProfilesPanel> panel, string label) =>
        panel.FindAll("label.mud-checkbox").Single(l => l.TextContent.Trim() == label).QuerySelector("input[type=checkbox]")!;

    // The field with its helper or error text.
    private static IElement FieldOf(IElement input) => input.Closest(".mud-input-control")!;
}
