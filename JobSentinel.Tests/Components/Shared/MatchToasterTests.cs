using AngleSharp.Dom;
using Bunit;
using JobSentinel.Core.Live;
using JobSentinel.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace JobSentinel.Tests.Components.Shared;

public sealed class MatchToasterTests : MudBunitContext
{
    private readonly IRenderedComponent<MudSnackbarProvider> _snackbars;

    public MatchToasterTests()
    {
        _snackbars = Render<MudSnackbarProvider>();
        Render<MatchToaster>();
    }

    [Fact]
    public void ImmediateMatch_ShowsAToastWithTitleCompanyAndView()
    {
        Notifier.Publish(new MatchesFound([Match(42, "Staff Platform Engineer", "Globex", 0.93, immediate: true)]));

        _snackbars.WaitForAssertion(() =>
        {
            var toast = Assert.Single(Toasts());
            Assert.Equal("Strong match (93): Staff Platform Engineer at Globex", toast.QuerySelector(".mud-snackbar-content-message")!.TextContent);
            Assert.Equal("View", ActionOf(toast)!.TextContent.Trim());
        });
    }

    [Fact]
    public void View_OpensThePosting()
    {
        Notifier.Publish(new MatchesFound([Match(42, "Staff Platform Engineer", "Globex", 0.93, immediate: true)]));
        _snackbars.WaitForAssertion(() => Assert.Single(Toasts()));

        ActionOf(Toasts()[0])!.Click();

        Assert.EndsWith("/jobs/42", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchesBelowTheImmediateThreshold_ShowNoToast()
    {
        Notifier.Publish(new MatchesFound(
            [Match(1, "Backend Engineer", "Acme", 0.85, immediate: false), Match(2, "Data Engineer", "Initech", 0.72, immediate: false)]));
        // Events are handled in order: once this one's toast is up, the first event has been handled too.
        Notifier.Publish(new MatchesFound([Match(3, "Site Reliability Engineer", "Globex", 0.95, immediate: true)]));

        _snackbars.WaitForAssertion(() =>
        {
            var toast = Assert.Single(Toasts());
            Assert.Contains("Site Reliability Engineer", toast.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void MoreThanThreeImmediateMatches_ShowThreeAndASummary()
    {
        double[] scores = [0.98, 0.97, 0.96, 0.95, 0.94];
        Notifier.Publish(new MatchesFound([.. scores.Select((score, i) => Match(i + 1, $"Engineer {i + 1}", "Acme", score, immediate: true))]));

        _snackbars.WaitForAssertion(() => Assert.Equal(
            ["Strong match (98): Engineer 1 at Acme", "Strong match (97): Engineer 2 at Acme", "Strong match (96): Engineer 3 at Acme", "…and 2 more strong matches."],
            Toasts().Select(t => t.QuerySelector(".mud-snackbar-content-message")!.TextContent)));
    }

    private static MatchSummary Match(long id, string title, string company, double score, bool immediate) =>
        new(id, title, company, score, "Default", immediate);

    private IReadOnlyList<IElement> Toasts() => _snackbars.FindAll(".mud-snackbar");

    private static IElement? ActionOf(IElement toast) =>
        toast.QuerySelectorAll(".mud-snackbar-content-action button").FirstOrDefault(b => !b.ClassList.Contains("mud-snackbar-close-button"));
}
