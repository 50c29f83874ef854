using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration.Discovery;

/// <summary>Search, filters, triage, manual entry and export over postings stored by a real run.</summary>
public sealed class JobsApiTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;
    private FakeBoard _board = null!;

    public async ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path, settings: ScrapeApi.FastScraping());
        _api = _factory.CreateApiClient();
        _board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(
        [
            new("1", "Senior Go Engineer", "Remote (US)", "<p>Kubernetes and Postgres. $160,000 - $200,000 a year.</p>", "Acme"),
            new("2", "Product Designer", "Berlin, Germany", "<p>Figma. We use Go and Kubernetes internally.</p>", "Acme"),
            new("3", "Kubernetes Platform Engineer", "Hybrid - London", "<p>Terraform. £70k - £90k.</p>", "Globex Ltd"),
            new("4", "Office Manager", "Berlin, Germany", "<p>Keep the office running.</p>", "Initech"),
        ]));
        var id = (await _api.CreateSourceAsync(new { name = "Boards", type = "greenhouse", board = "acme", baseUrl = _board.BaseUrl })).GetProperty("id").GetInt32();
        await _api.RunAndWaitAsync(id);
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _board.DisposeAsync();
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    private async Task<List<string>> TitlesAsync(string query) =>
        [.. (await _api.GetJsonAsync("/api/v1/jobs?" + query)).GetProperty("items").EnumerateArray().Select(j => j.GetProperty("title").GetString()!)];

    [Fact]
    public async Task Search_EveryTermMustMatch()
    {
        Assert.Equal(["Senior Go Engineer"], await TitlesAsync("q=kubernetes%20postgres"));
        Assert.Empty(await TitlesAsync("q=kubernetes%20cobol"));
    }

    [Fact]
    public async Task Search_TitleHitsComeFirst()
    {
        var titles = await TitlesAsync("q=kubernetes");

        Assert.Equal(3, titles.Count);
        Assert.Equal("Kubernetes Platform Engineer", titles[0]);
    }

    [Fact]
    public async Task Search_SpecialCharactersDoNotBreakTheQuery()
    {
        foreach (var q in new[] { "\"", "c++", "AND OR NOT", "kube*", "(go", "title:go", "-go", "🙂" })
        {
            using var response = await _api.GetAsync("/api/v1/jobs?q=" + Uri.EscapeDataString(q), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"q={q} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Filters_CompanyRemoteWorkplaceSalary()
    {
        Assert.Equal(["Kubernetes Platform Engineer"], await TitlesAsync("company=globex"));
        Assert.Equal(["Senior Go Engineer"], await TitlesAsync("remote=true"));
        Assert.Equal(3, (await TitlesAsync("remote=false")).Count);
        Assert.Equal(["Kubernetes Platform Engineer"], await TitlesAsync("workplace=hybrid"));
        Assert.Equal(["Senior Go Engineer"], await TitlesAsync("minSalary=150000"));
        Assert.Equal(["Kubernetes Platform Engineer", "Senior Go Engineer"], await TitlesAsync("minSalary=80000&sort=title"));
    }

    [Fact]
    public async Task Filters_SourceAndSince()
    {
        Assert.Equal(4, (await TitlesAsync("source=Boards")).Count);
        Assert.Empty(await TitlesAsync("source=Nobody"));
        Assert.Equal(4, (await TitlesAsync("since=2026-11-01")).Count); // posted 2026-11-18
        Assert.Empty(await TitlesAsync("since=2100-01-01"));
    }

    [Fact]
    public async Task Sort_ByTitleAndCompany_BothDirections()
    {
        Assert.Equal(["Kubernetes Platform Engineer", "Office Manager", "Product Designer", "Senior Go Engineer"], await TitlesAsync("sort=title"));
        Assert.Equal("Senior Go Engineer", (await TitlesAsync("sort=title&order=desc"))[0]);
        Assert.Equal("Office Manager", (await TitlesAsync("sort=company&order=desc"))[0]);
        Assert.Equal("Senior Go Engineer", (await TitlesAsync("sort=salary"))[0]);
    }

    [Fact]
    public async Task Paging_SplitsTheResults()
    {
        var page = await _api.GetJsonAsync("/api/v1/jobs?sort=title&page=2&pageSize=3");

        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(3, page.GetProperty("pageSize").GetInt32());
        Assert.Equal("Senior Go Engineer", page.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=100000", "pageSize")]
    [InlineData("minScore=2", "minScore")]
    [InlineData("sort=shoesize", "sort")]
    [InlineData("order=sideways", "order")]
    [InlineData("status=maybe", "status")]
    public async Task Search_InvalidParameters_Are400NamingThem(string query, string field)
    {
        using var response = await _api.GetAsync("/api/v1/jobs?" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_MalformedParameterType_Is400()
    {
        using var response = await _api.GetAsync("/api/v1/jobs?page=abc", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Patch_TriageIsStoredAndHiddenPostingsLeaveTheList()
    {
        var id = (await _api.GetJsonAsync("/api/v1/jobs?q=designer")).GetProperty("items")[0].GetProperty("id").GetInt64();

        using var response = await _api.PatchAsJsonAsync($"/api/v1/jobs/{id}", new { starred = true, notes = "Ask about the team", feedback = "up" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var job = await _api.GetJsonAsync($"/api/v1/jobs/{id}");
        Assert.True(job.GetProperty("starred").GetBoolean());
        Assert.Equal("Ask about the team", job.GetProperty("notes").GetString());
        Assert.Equal("up", job.GetProperty("feedback").GetString());
        Assert.Equal(["Product Designer"], await TitlesAsync("starred=true"));

        await _api.PatchAsJsonAsync($"/api/v1/jobs/{id}", new { hidden = true }, TestContext.Current.CancellationToken);
        Assert.Equal(3, (await TitlesAsync("")).Count);
        Assert.Equal(4, (await TitlesAsync("includeHidden=true")).Count);
    }

    [Fact]
    public async Task Patch_BadInput_Is400And404()
    {
        var id = (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("items")[0].GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.BadRequest, (await _api.PatchAsJsonAsync($"/api/v1/jobs/{id}", new { notes = new string('x', 10_001) }, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.PatchAsync($"/api/v1/jobs/{id}",
            new StringContent("""{"feedback":"maybe"}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.PatchAsJsonAsync("/api/v1/jobs/999999", new { starred = true }, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("/api/v1/jobs/999999", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Manual_UrlAndPastedDescription_BecomeAPosting()
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/jobs", new
        {
            url = "https://careers.example.org/jobs/42?utm_source=linkedin",
            title = "Staff Engineer",
            company = "Example Org",
            description = "We need a staff engineer.\n\nSalary: $190,000 - $220,000. <script>alert(1)</script>",
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var job = created.RootElement;
        Assert.Equal("Staff Engineer", job.GetProperty("title").GetString());
        Assert.Equal("https://careers.example.org/jobs/42", job.GetProperty("url").GetString());
        Assert.Equal(190000, job.GetProperty("salaryMin").GetDouble());
        Assert.Equal("Added by hand", job.GetProperty("source").GetString());
        Assert.DoesNotContain("<script>", job.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Staff Engineer"], await TitlesAsync("q=staff"));
        Assert.DoesNotContain((await _api.GetJsonAsync("/api/v1/sources")).GetProperty("items").EnumerateArray(), s => s.GetProperty("name").GetString() == "Added by hand");
    }

    [Theory]
    [InlineData("""{"description":"text"}""", "url")]
    [InlineData("""{"url":"https://x.example/1"}""", "description")]
    [InlineData("""{"url":"http://169.254.169.254/latest","description":"x"}""", "url")]
    public async Task Manual_BadInput_Is400(string body, string field)
    {
        using var response = await _api.PostAsync("/api/v1/jobs", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Csv_HasTheFilteredRows()
    {
        using var response = await _api.GetAsync("/api/v1/jobs/export?format=csv&company=acme&sort=title", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,title,company,location", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",Product Designer,Acme,\"Berlin, Germany\",onsite,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Json_IsAnArrayOfJobs()
    {
        using var response = await _api.GetAsync("/api/v1/jobs/export?format=json&q=kubernetes", TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.Equal(3, document.RootElement.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.GetAsync("/api/v1/jobs/export?format=xlsx", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Export_ForTheBrowser_NeedsTheSignedInSessionAndFilters()
    {
        using var anonymous = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var refused = await anonymous.GetAsync("/ui/export/jobs?format=csv", TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        using var browser = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await BrowserlessLogin.SignInAsync(browser, JobSentinelFactory.AdminPassword);
        using var response = await browser.GetAsync("/ui/export/jobs?format=csv&company=globex", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Kubernetes Platform Engineer", lines[1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/ui/export/jobs?format=csv&status=nope", TestContext.Current.CancellationToken)).StatusCode);
    }
}
