using Bunit;
using JobSentinel.Core.Live;
using JobSentinel.Core.Sources;
using JobSentinel.Web.Components.Pages.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages;

public sealed class SourcesPageTests : DiscoveryComponentTest
{
    [Fact]
    public async Task FirstRun_OffersTheFeedsAndAddsTheChosenOnes()
    {
        RenderProviders();
        var page = Render<Sources>();
        page.WaitForAssertion(() => page.Find("[data-testid=onboarding]"));

        page.FindAll("button").Single(b => b.TextContent.Contains("Add 5 feed(s)", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid=sources-table] tbody tr").Count));
        var names = (await Core.GetRequiredService<SourceService>().ListAsync(CancellationToken.None)).Select(s => s.Name).Order().ToList();
        Assert.Equal(["Arbeitnow", "Hacker News: Who is hiring", "Remote OK", "Remotive", "We Work Remotely"], names);
        Assert.Contains("remoteok.com", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunProgress_IsShownLiveAndTheFinishedRunReloadsTheRow()
    {
        var source = await AddSourceAsync("Acme");
        var (_, snackbars) = RenderProviders();
        var page = Render<Sources>();
        page.WaitForAssertion(() => Assert.Contains("never run", page.Find($"[data-testid=last-run-{source.Id}]").TextContent, StringComparison.Ordinal));

        Notifier.Publish(new ScrapeRunChanged(7, source.Id, "Acme", "running", "fetching", 3, 120, 0, 0, null));

        page.WaitForAssertion(() => Assert.Contains("fetching · 3 request(s) · 120 posting(s)",
            page.Find($"[data-testid=last-run-{source.Id}]").TextContent, StringComparison.Ordinal));

        Notifier.Publish(new ScrapeRunChanged(7, source.Id, "Acme", "failed", "done", 3, 0, 0, 0, "The board answered 500."));

        page.WaitForAssertion(() =>
        {
            Assert.DoesNotContain("fetching", page.Find($"[data-testid=last-run-{source.Id}]").TextContent, StringComparison.Ordinal);
            Assert.Contains("Acme: The board answered 500.", snackbars.Markup, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Disable_IsStored()
    {
        var source = await AddSourceAsync("Acme");
        RenderProviders();
        var page = Render<Sources>();
        page.WaitForAssertion(() => page.Find("[data-testid=sources-table]"));

        page.Find("input[aria-label='Enable Acme']").Change(false);

        await page.WaitForAssertionAsync(async () =>
            Assert.False((await Core.GetRequiredService<SourceService>().GetAsync(source.Id, CancellationToken.None))!.Enabled));
    }

    [Fact]
    public async Task AddDialog_ShowsFieldErrorsAndSavesNothingInvalid()
    {
        var (provider, _) = RenderProviders();
        var dialogs = Services.GetRequiredService<MudBlazor.IDialogService>();
        var shown = provider.InvokeAsync(() => SourceEditDialog.ShowAsync(dialogs, null));
        provider.WaitForAssertion(() => provider.Find("[data-testid=source-save]"));

        provider.Find("input[data-testid=source-board]").Change("not a board!");
        provider.Find("[data-testid=source-save]").Click();

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("A name is required.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("'not a board!' is not a valid Greenhouse board", provider.Markup, StringComparison.Ordinal);
        });
        Assert.Empty(await Core.GetRequiredService<SourceService>().ListAsync(CancellationToken.None));
        Assert.False(shown.IsCompleted);
    }

    [Fact]
    public async Task AddDialog_SavesAValidSource()
    {
        var (provider, _) = RenderProviders();
        var dialogs = Services.GetRequiredService<MudBlazor.IDialogService>();
        var shown = provider.InvokeAsync(() => SourceEditDialog.ShowAsync(dialogs, null));
        provider.WaitForAssertion(() => provider.Find("[data-testid=source-save]"));

        provider.Find("input[data-testid=source-name]").Change("Acme jobs");
        provider.Find("input[data-testid=source-board]").Change("acme");
        provider.Find("[data-testid=source-save]").Click();

        Assert.True(await shown.WaitAsync(TimeSpan.FromSeconds(5)));
        var saved = Assert.Single(await Core.GetRequiredService<SourceService>().ListAsync(CancellationToken.None));
        Assert.Equal(("Acme jobs", SourceType.Greenhouse, "acme"), (saved.Name, saved.Type, saved.Board));
    }
}
