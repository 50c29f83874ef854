using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Cli;
using Microsoft.AspNetCore.Http;

namespace JobSentinel.Tests.Integration.Discovery;

/// <summary>Sources that are not JSON APIs: an RSS feed, and a careers page rendered in Chromium.</summary>
public sealed class FeedAndPageSourceTests
{
    private const string Feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
          <channel>
            <title>Example remote jobs</title>
            <link>https://jobs.example.org</link>
            <item>
              <title>Backend Developer (Remote)</title>
              <link>https://jobs.example.org/1?utm_campaign=feed</link>
              <guid>job-1</guid>
              <pubDate>Mon, 16 Nov 2026 10:00:00 GMT</pubDate>
              <description>&lt;p&gt;Python and Django. Salary: $90k - $110k&lt;/p&gt;</description>
            </item>
            <item>
              <title>Frontend Developer</title>
              <link>https://jobs.example.org/2</link>
              <guid>job-2</guid>
              <pubDate>Tue, 17 Nov 2026 10:00:00 GMT</pubDate>
              <description>&lt;p&gt;React&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """;

    private const string CareersPage = """
        <!DOCTYPE html>
        <html><head><title>Careers at Initech</title></head>
        <body>
          <ul id="openings"></ul>
          <script>
            // The list is built by script, as on many careers sites: only a real browser sees it.
            const jobs = [
              { id: 'qa-1', title: 'QA Engineer', location: 'Austin, TX' },
              { id: 'sre-2', title: 'Site Reliability Engineer', location: 'Remote' },
            ];
            const list = document.getElementById('openings');
            for (const job of jobs) {
              const li = document.createElement('li');
              li.className = 'opening';
              li.innerHTML = `<a class="title" href="/jobs/${job.id}">${job.title}</a><span class="where">${job.location}</span>`;
              list.appendChild(li);
            }
          </script>
        </body></html>
        """;

    [Fact]
    public async Task RssSource_StoresTheFeedItems()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, settings: ScrapeApi.FastScraping());
        using var api = factory.CreateApiClient();
        await using var feed = await FakeBoard.StartAsync(context =>
        {
            context.Response.ContentType = "application/rss+xml";
            return context.Response.WriteAsync(Feed);
        });
        var id = (await api.CreateSourceAsync(new { name = "Example feed", type = "rss", url = feed.BaseAddress + "jobs.rss" })).GetProperty("id").GetInt32();

        var run = await api.RunAndWaitAsync(id);

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(2, run.GetProperty("jobsNew").GetInt32());
        var backend = (await api.GetJsonAsync("/api/v1/jobs?q=django")).GetProperty("items")[0];
        Assert.Equal("remote", backend.GetProperty("workplaceType").GetString());
        Assert.Equal(90000, backend.GetProperty("salaryMin").GetDouble());
        Assert.Equal("https://jobs.example.org/1", backend.GetProperty("url").GetString());
    }

    [Fact]
    public async Task HtmlSource_RendersTheCareersPageInChromiumAndFollowsLinks()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, settings: ScrapeApi.FastScraping());
        using var api = factory.CreateApiClient();
        await using var site = await FakeBoard.StartAsync(context =>
        {
            context.Response.ContentType = "text/html";
            return context.Request.Path.StartsWithSegments("/jobs")
                ? context.Response.WriteAsync($"<html><body><nav>Menu</nav><main><h1>{context.Request.Path.Value!.Split('/')[^1]}</h1><p>Ship reliable software with Go and Linux. <img src=x onerror=alert(1)></p></main></body></html>")
                : context.Response.WriteAsync(CareersPage);
        });
        var id = (await api.CreateSourceAsync(new
        {
            name = "Initech careers",
            type = "html",
            url = site.BaseAddress + "careers",
            options = new { listItem = "li.opening", title = "a.title", link = "a.title", location = ".where", description = "main" },
        })).GetProperty("id").GetInt32();

        var run = await api.RunAndWaitAsync(id);

        Assert.True(run.GetProperty("status").GetString() == "completed", run.ToString());
        Assert.Equal(2, run.GetProperty("jobsNew").GetInt32());
        var sre = (await api.GetJsonAsync("/api/v1/jobs?q=reliability")).GetProperty("items")[0];
        Assert.Equal("Site Reliability Engineer", sre.GetProperty("title").GetString());
        Assert.Equal("remote", sre.GetProperty("workplaceType").GetString());
        Assert.Equal($"{site.BaseAddress}jobs/sre-2", sre.GetProperty("url").GetString());
        var detail = await api.GetJsonAsync($"/api/v1/jobs/{sre.GetProperty("id").GetInt64()}");
        Assert.Contains("Go and Linux", detail.GetProperty("descriptionText").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", detail.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Menu", detail.GetProperty("descriptionText").GetString(), StringComparison.Ordinal);
        Assert.Contains("GET /jobs/qa-1", site.Requests);
    }

    [Fact]
    public async Task HtmlSource_SelectorMatchingNothing_FailsWithAHint()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, settings: ScrapeApi.FastScraping(new() { ["JobSentinel:Browser:NavigationTimeoutSeconds"] = "3" }));
        using var api = factory.CreateApiClient();
        await using var site = await FakeBoard.StartAsync(context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync(CareersPage);
        });
        var id = (await api.CreateSourceAsync(new
        {
            name = "Initech careers",
            type = "html",
            url = site.BaseAddress + "careers",
            options = new { listItem = "div.no-such-thing", title = "a", link = "a" },
        })).GetProperty("id").GetInt32();

        var run = await api.RunAndWaitAsync(id);

        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Equal("The careers page showed no element matching 'div.no-such-thing' in time: check the 'listItem' selector.", run.GetProperty("error").GetString());
    }

    [Fact]
    public async Task CliScrapeOnce_PrintsTheRunSummary()
    {
        using var directory = new TempDirectory();
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(BoardPayloads.Many(3)));
        await using (var server = new JobSentinelFactory(directory.Path, settings: ScrapeApi.FastScraping()))
        {
            using var api = server.CreateApiClient();
            await api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl });
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(["scrape", "--source", "Acme", "--once", "--data-dir", directory.Path], output, error);

        Assert.Equal(CliApp.Success, code);
        Assert.Matches(@"^Run \d+ of 'Acme': completed in \d+\.\d s, 3 found, 3 new, 0 updated, 0 closed, 1 request\(s\)\.", output.ToString());
        Assert.Equal(CliApp.UsageError, await CliApp.RunAsync(["scrape", "--source", "Nope", "--once", "--data-dir", directory.Path], output, error));
        Assert.Equal(CliApp.UsageError, await CliApp.RunAsync(["scrape", "--source", "Acme", "--data-dir", directory.Path], output, error));
    }
}
