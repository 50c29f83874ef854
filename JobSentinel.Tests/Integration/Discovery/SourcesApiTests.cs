using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration.Discovery;

public sealed class SourcesApiTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path, settings: ScrapeApi.FastScraping());
        _api = _factory.CreateApiClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Create_ReturnsTheSourceInTheSpecShape()
    {
        var source = await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme" });

        Assert.True(source.GetProperty("id").GetInt32() > 0);
        Assert.Equal("greenhouse", source.GetProperty("type").GetString());
        Assert.Equal("acme", source.GetProperty("board").GetString());
        Assert.Equal("0 */4 * * *", source.GetProperty("schedule").GetString());
        Assert.True(source.GetProperty("enabled").GetBoolean());
        Assert.Equal("closed", source.GetProperty("circuitState").GetString());
        Assert.Equal(JsonValueKind.Null, source.GetProperty("lastRun").ValueKind);
        Assert.Equal(JsonValueKind.Null, source.GetProperty("successRate24h").ValueKind);
        Assert.Equal(JsonValueKind.Object, source.GetProperty("options").ValueKind);
        Assert.Equal(JsonValueKind.String, source.GetProperty("nextRunAt").ValueKind);
    }

    [Fact]
    public async Task Create_Invalid_Is400NamingEveryField()
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/sources", new
        {
            type = "greenhouse",
            board = "bad board!",
            baseUrl = "http://169.254.169.254",
            schedule = "every hour",
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var errors = body.RootElement.GetProperty("errors");
        foreach (var field in new[] { "name", "board", "baseUrl", "schedule" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"No error for {field}: {errors}");
        }
    }

    [Theory]
    [InlineData("""{"name":"X","type":"rss"}""", "url")]
    [InlineData("""{"name":"X","type":"rss","url":"http://metadata.google.internal/feed"}""", "url")]
    [InlineData("""{"name":"X","type":"html","url":"https://example.com/careers"}""", "options.listItem")]
    [InlineData("""{"name":"X","type":"usajobs","options":{"apiKey":"k","email":"not-an-email"}}""", "options.email")]
    [InlineData("""{"name":"X","type":"remotive","schedule":"0 * * * *"}""", "schedule")]
    [InlineData("""{"name":"X","type":"workday","board":"acme/External"}""", "baseUrl")]
    [InlineData("""{"name":"X","type":"manual"}""", "type")]
    [InlineData("""{"name":"X"}""", "type")]
    public async Task Create_TypeSpecificProblems_Are400(string body, string field)
    {
        using var response = await _api.PostAsync("/api/v1/sources", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnknownType_Is400()
    {
        using var response = await _api.PostAsync("/api/v1/sources",
            new StringContent("""{"name":"X","type":"monster"}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Create_DuplicateName_Is400()
    {
        await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme" });

        using var response = await _api.PostAsJsonAsync("/api/v1/sources", new { name = "ACME", type = "lever", board = "acme" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("exists already", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ChangesOnlyTheGivenFields_AndDisableWorks()
    {
        var id = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme" })).GetProperty("id").GetInt32();

        using var response = await _api.PutAsJsonAsync($"/api/v1/sources/{id}", new { enabled = false, schedule = "0 6 * * *" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var source = await _api.GetJsonAsync($"/api/v1/sources/{id}");
        Assert.False(source.GetProperty("enabled").GetBoolean());
        Assert.Equal("0 6 * * *", source.GetProperty("schedule").GetString());
        Assert.Equal("acme", source.GetProperty("board").GetString());
        Assert.Equal(JsonValueKind.Null, source.GetProperty("nextRunAt").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.PutAsJsonAsync("/api/v1/sources/9999", new { enabled = true }, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task SecretOptions_AreStoredProtectedAndShownMasked()
    {
        var created = await _api.CreateSourceAsync(new { name = "Feds", type = "usajobs", options = new { apiKey = "super-secret-key", email = "me@example.com" } });
        var id = created.GetProperty("id").GetInt32();

        Assert.Equal("********", created.GetProperty("options").GetProperty("apiKey").GetString());
        Assert.Equal("me@example.com", created.GetProperty("options").GetProperty("email").GetString());
        var database = await File.ReadAllBytesAsync(_directory.Combine("jobsentinel.db"), TestContext.Current.CancellationToken);
        var wal = File.Exists(_directory.Combine("jobsentinel.db-wal")) ? await File.ReadAllBytesAsync(_directory.Combine("jobsentinel.db-wal"), TestContext.Current.CancellationToken) : [];
        Assert.Equal(-1, ((byte[])[.. database, .. wal]).AsSpan().IndexOf("super-secret-key"u8));

        // Sending the mask back (an edit form) keeps the stored secret.
        using var update = await _api.PutAsJsonAsync($"/api/v1/sources/{id}", new { options = new { apiKey = "********", email = "you@example.com" } }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
    }

    [Fact]
    public async Task Delete_KeepsPostingsTheUserTriaged()
    {
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(BoardPayloads.Many(3)));
        var id = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();
        await _api.RunAndWaitAsync(id);
        var jobs = (await _api.GetJsonAsync("/api/v1/jobs?sort=title&order=asc")).GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetInt64()).ToList();
        await _api.PatchAsJsonAsync($"/api/v1/jobs/{jobs[0]}", new { starred = true }, TestContext.Current.CancellationToken);
        await _api.PatchAsJsonAsync($"/api/v1/jobs/{jobs[1]}", new { notes = "Call Ann" }, TestContext.Current.CancellationToken);

        using var response = await _api.DeleteAsync($"/api/v1/sources/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var kept = (await _api.GetJsonAsync("/api/v1/jobs?status=all&sort=title&order=asc")).GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetInt64());
        Assert.Equal(jobs[..2], kept);
        Assert.Equal("Call Ann", (await _api.GetJsonAsync($"/api/v1/jobs/{jobs[1]}")).GetProperty("notes").GetString());
    }

    [Fact]
    public async Task Delete_RemovesTheSourceAndThePostingsOnlyItListed()
    {
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(BoardPayloads.Many(3)));
        var id = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();
        await _api.RunAndWaitAsync(id);

        using var response = await _api.DeleteAsync($"/api/v1/sources/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/jobs?status=all")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/jobs?q=kubernetes")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await _api.DeleteAsync($"/api/v1/sources/{id}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Test_PastedCareersUrl_DetectsTheBoardAndFetchesWithoutStoring()
    {
        await using var board = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(BoardPayloads.Many(7)));

        using var response = await _api.PostAsJsonAsync("/api/v1/sources/test",
            new { careersUrl = "https://boards.greenhouse.io/acme", baseUrl = board.BaseUrl }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = result.RootElement;
        Assert.True(root.GetProperty("ok").GetBoolean());
        Assert.Equal("greenhouse", root.GetProperty("type").GetString());
        Assert.Equal("acme", root.GetProperty("board").GetString());
        Assert.Equal("Acme (Greenhouse)", root.GetProperty("name").GetString());
        Assert.Equal(7, root.GetProperty("jobsFound").GetInt32());
        Assert.Equal(5, root.GetProperty("sample").GetArrayLength());
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/sources")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_IsPaged()
    {
        foreach (var board in new[] { "alpha", "beta", "gamma" })
        {
            await _api.CreateSourceAsync(new { name = board, type = "lever", board });
        }

        var second = await _api.GetJsonAsync("/api/v1/sources?page=2&pageSize=2");

        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("pageSize").GetInt32());
        Assert.Equal("gamma", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.GetAsync("/api/v1/sources?pageSize=0", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Test_BoardThatFails_AnswersOkFalseWithTheError()
    {
        await using var board = await FakeBoard.StartAsync(context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });

        using var result = JsonDocument.Parse(await (await _api.PostAsJsonAsync("/api/v1/sources/test",
            new { type = "lever", board = "nosuchsite", baseUrl = board.BaseUrl }, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.False(result.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal("Lever answered 404 Not Found: check the board name 'nosuchsite'.", result.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Test_InvalidUrl_Is400()
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/sources/test", new { careersUrl = "ftp://x" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RunNow_Remotive_AllowsAtMostFourCallsADay()
    {
        await using var board = await FakeBoard.JsonAsync("/api/remote-jobs", () => """{"jobs":[]}""");
        var id = (await _api.CreateSourceAsync(new { name = "Remotive", type = "remotive", baseUrl = board.BaseUrl })).GetProperty("id").GetInt32();
        for (var i = 0; i < 4; i++)
        {
            await _api.RunAndWaitAsync(id);
        }

        using var refused = await _api.PostAsync($"/api/v1/sources/{id}/run", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.FromHours(23));
        Assert.Contains("at most 4 calls a day", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(4, board.RequestCount);
    }

    [Fact]
    public async Task Test_Remotive_IsNotFetchedBecauseEveryCallCounts()
    {
        await using var board = await FakeBoard.JsonAsync("/api/remote-jobs", () => """{"jobs":[]}""");

        using var response = await _api.PostAsJsonAsync("/api/v1/sources/test",
            new { name = "Remotive", type = "remotive", baseUrl = board.BaseUrl }, TestContext.Current.CancellationToken);

        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(result.RootElement.GetProperty("ok").GetBoolean());
        Assert.Contains("4 calls a day", result.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, board.RequestCount);
    }
}
