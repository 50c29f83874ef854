using Bunit;
using JobSentinel.Core.Profiles;
using JobSentinel.Web.Components.Shared;

namespace JobSentinel.Tests.Components.Shared;

public sealed class LatestMatchesTests : MatchingComponentTest
{
    [Fact]
    public void Render_WithoutScoredPostings_SaysWhatToDo()
    {
        var matches = Render<LatestMatches>();

        matches.WaitForAssertion(() =>
            Assert.Contains("No posting from the last 7 days scores 50 or more yet.", matches.Find("[data-testid=latest-matches]").TextContent, StringComparison.Ordinal));
        Assert.Empty(matches.FindAll("[data-testid=latest-match]"));
        Assert.NotNull(matches.Find("a[href='/settings']"));
    }

    [Fact]
    public async Task Render_ListsScoredPostingsBestFirstWithoutRejectedOnes()
    {
        await BoostAsync(keywords: ["kubernetes", "go"], exclude: ["clearance"]);
        // Stored best first, so that newest-first would put them the other way round.
        await AddJobAsync("Platform Engineer", "Globex", "<p>Kubernetes and Go every day.</p>");
        await AddJobAsync("Office Manager", "Initech", "<p>Spreadsheets and calendars.</p>");
        await AddJobAsync("Defense Engineer", "Umbrella", "<p>Kubernetes; a security clearance is required.</p>");

        var matches = Render<LatestMatches>();

        matches.WaitForAssertion(() =>
        {
            var titles = matches.FindAll("[data-testid=latest-match] a").Select(a => a.TextContent.Trim()).ToList();
            Assert.Equal(["Platform Engineer", "Office Manager"], titles);
        });
        Assert.Contains("matched: kubernetes, go", matches.FindAll("[data-testid=latest-match]")[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(matches.FindAll(".job-new"));
    }

    [Fact]
    public async Task MatchesFound_ReloadsAndHighlightsTheNewPostings()
    {
        await AddJobAsync("Backend Engineer");
        var matches = Render<LatestMatches>();
        matches.WaitForAssertion(() => Assert.Single(matches.FindAll("[data-testid=latest-match]")));

        // Storing a posting scores it, and Core publishes MatchesFound through the notifier, as in the app.
        await AddJobAsync("Platform Engineer");

        matches.WaitForAssertion(() =>
        {
            Assert.Equal(2, matches.FindAll("[data-testid=latest-match]").Count);
            var fresh = Assert.Single(matches.FindAll("[data-testid=latest-match].job-new"));
            Assert.Contains("Platform Engineer", fresh.TextContent, StringComparison.Ordinal);
        });
    }

    private async Task BoostAsync(List<string> keywords, List<string> exclude)
    {
        var result = await Get<ProfileService>().UpdateAsync(null, new ProfileDraft { KeywordsBoost = keywords, KeywordsExclude = exclude }, "admin", CancellationToken.None);
        Assert.NotNull(result.Value);
    }
}
