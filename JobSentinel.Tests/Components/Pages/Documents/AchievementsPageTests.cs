using Bunit;
using JobSentinel.Core.Achievements;
using JobSentinel.Core.Resumes;
using JobSentinel.Tests.Builders;
using JobSentinel.Web.Components.Pages.Achievements;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages.Documents;

public sealed class AchievementsPageTests : DocumentsComponentTest
{
    [Fact]
    public async Task SuggestFromResume_ShowsSuggestions_AcceptMovesOne_DismissHidesOne()
    {
        await UploadAsync();
        RenderProviders();
        var page = Render<Achievements>();
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=star-suggest]").HasAttribute("disabled")));

        await page.Find("[data-testid=star-suggest]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("3 suggestion(s) added", page.Find("[data-testid=star-suggest-result]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Suggestions (3)", page.Find("[data-testid=star-suggestions-heading]").TextContent, StringComparison.Ordinal);
        var suggestions = (await Get<StarRecordService>().ListAsync(new StarRecordQuery(StarRecordStatus.Suggested), CancellationToken.None)).Items;
        var apis = suggestions.Single(s => s.SourceText!.StartsWith("Built Python APIs", StringComparison.Ordinal));
        Assert.Contains("PostgreSQL", page.Find($"[data-testid=star-record-{apis.Id}]").TextContent, StringComparison.Ordinal);

        await page.Find($"[data-testid=star-accept-{apis.Id}]").ClickAsync(new());
        var other = suggestions.First(s => s.Id != apis.Id);
        await page.Find($"[data-testid=star-dismiss-{other.Id}]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Suggestions (1)", page.Find("[data-testid=star-suggestions-heading]").TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.Find($"[data-testid=star-delete-{apis.Id}]"));
        Assert.Empty(page.FindAll($"[data-testid=star-record-{other.Id}]"));
        Assert.Equal(StarRecordStatus.Dismissed, (await Get<StarRecordService>().GetAsync(other.Id, CancellationToken.None))!.Status);
        Assert.Equal(StarRecordStatus.Accepted, (await Get<StarRecordService>().GetAsync(apis.Id, CancellationToken.None))!.Status);

        await page.Find("[data-testid=star-suggest]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Nothing new", page.Find("[data-testid=star-suggest-result]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FromTheResumePageLink_SuggestsForThatResumeAtOnce()
    {
        var resume = await UploadAsync();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/achievements?resumeId={resume.Id}&suggest=true");

        var page = Render<Achievements>();

        page.WaitForAssertion(() => Assert.Contains("Suggestions (3)", page.Find("[data-testid=star-suggestions-heading]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggestions_AreThoseOfTheChosenResume()
    {
        var first = await UploadAsync();
        var second = await UploadAsync();
        await Get<StarRecordService>().SuggestAsync(first.Id, CancellationToken.None);
        RenderProviders();
        var page = Render<Achievements>();
        page.WaitForAssertion(() => page.Find("[data-testid=star-resume]"));
        Assert.Empty(page.FindAll("[data-testid=star-suggestions-heading]")); // the latest resume is chosen: no suggestions of its own yet

        var picker = page.FindComponent<MudBlazor.MudSelect<long?>>();
        await page.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(first.Id));

        page.WaitForAssertion(() => Assert.Contains("Suggestions (3)", page.Find("[data-testid=star-suggestions-heading]").TextContent, StringComparison.Ordinal));
        await page.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(second.Id));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=star-suggestions-heading]")));
    }

    [Fact]
    public async Task NewRecordDialog_RequiresATitle_ThenAddsAnAcceptedRecordWithSkills()
    {
        var (dialogs, _) = RenderProviders();
        var page = Render<Achievements>();
        page.WaitForAssertion(() => page.Find("[data-testid=star-empty]"));

        page.Find("[data-testid=star-new]").Click(); // not awaited: the handler waits for the dialog
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=star-save]"));
        await dialogs.Find("[data-testid=star-save]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("title must not be empty", dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal));

        dialogs.Find("input[data-testid=star-title]").Change("Cut p99 latency");
        dialogs.Find("textarea[data-testid=star-result]").Change("p99 from 900 ms to 150 ms");
        dialogs.Find("input[data-testid=star-skills]").Input("redis");
        await dialogs.Find("input[data-testid=star-skills]").KeyDownAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        await dialogs.Find("[data-testid=star-save]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Cut p99 latency", page.Markup, StringComparison.Ordinal));
        var record = Assert.Single((await Get<StarRecordService>().ListAsync(new StarRecordQuery(), CancellationToken.None)).Items);
        Assert.Equal(StarRecordStatus.Accepted, record.Status);
        Assert.Equal(["Redis"], record.Skills);
        Assert.Equal("p99 from 900 ms to 150 ms", record.Result);
        Assert.Contains("Redis", page.Find($"[data-testid=star-record-{record.Id}]").TextContent, StringComparison.Ordinal);
    }

    private Task<ResumeDetail> UploadAsync() =>
        Get<ResumeService>().UploadAsync(ResumeFiles.TextFile(), "jane.txt", CancellationToken.None);
}
