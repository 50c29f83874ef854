using Bunit;
using JobSentinel.Core.Postings;
using JobSentinel.Web.Components.Pages.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages;

public sealed class JobDetailTests : DiscoveryComponentTest
{
    [Fact]
    public async Task Render_ShowsTheSanitizedDescriptionWithoutScript()
    {
        var job = await AddJobAsync("Backend Engineer", description:
            "<h2>About</h2><p onclick=\"steal()\">Salary $120k - $150k.</p><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>");

        var page = Render<JobDetail>(p => p.Add(c => c.Id, job.Id));

        page.WaitForAssertion(() => Assert.Equal("Backend Engineer", page.Find("[data-testid=job-detail-title]").TextContent));
        var description = page.Find("[data-testid=job-description]");
        Assert.NotNull(description.QuerySelector("h2"));
        Assert.Empty(description.QuerySelectorAll("script"));
        Assert.DoesNotContain("onclick", description.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", description.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("120,000–150,000", page.Find("[data-testid=job-salary]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Added by hand", page.Find("[data-testid=job-source]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_AreSaved()
    {
        var job = await AddJobAsync("Backend Engineer");
        var page = Render<JobDetail>(p => p.Add(c => c.Id, job.Id));
        page.WaitForAssertion(() => page.Find("textarea[data-testid=job-notes]"));

        page.Find("textarea[data-testid=job-notes]").Input("Ask about on-call.");
        page.Find("[data-testid=job-notes-save]").Click();

        await page.WaitForAssertionAsync(async () =>
            Assert.Equal("Ask about on-call.", (await Core.GetRequiredService<JobSearch>().GetAsync(job.Id, CancellationToken.None))!.Notes));
    }

    [Fact]
    public void UnknownId_SaysSo()
    {
        var page = Render<JobDetail>(p => p.Add(c => c.Id, 424242L));

        page.WaitForAssertion(() => Assert.Contains("no job with id 424242", page.Find("[data-testid=job-missing]").TextContent, StringComparison.Ordinal));
    }
}
