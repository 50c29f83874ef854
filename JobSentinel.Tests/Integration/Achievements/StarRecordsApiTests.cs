using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration.Achievements;

/// <summary>STAR records through the API: CRUD, filters, suggestions from a stored resume, accept and dismiss, bad input.</summary>
public sealed class StarRecordsApiTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path);
        _api = _factory.CreateApiClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateUpdateDelete_RoundTrip()
    {
        using var created = await _api.PostAsJsonAsync("/api/v1/star-records", new
        {
            title = "Cut p99 latency",
            situation = "Checkout API timed out at peak",
            task = "Bring p99 under 200 ms",
            action = "Added a read-through cache",
            result = "p99 from 900 ms to 150 ms",
            skills = new[] { "redis", "Python" },
            company = "Acme Corp",
            role = "Senior Engineer",
        }, Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var record = await created.Content.ReadFromJsonAsync<JsonElement>(Token);
        var id = record.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/star-records/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("accepted", record.GetProperty("status").GetString());
        Assert.Equal(["Redis", "Python"], record.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));

        using var updated = await _api.PutAsJsonAsync($"/api/v1/star-records/{id}", new { result = "p99 from 900 ms to 120 ms" }, Token);

        var changed = await updated.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("p99 from 900 ms to 120 ms", changed.GetProperty("result").GetString());
        Assert.Equal("Cut p99 latency", changed.GetProperty("title").GetString());
        Assert.Equal("Added a read-through cache", changed.GetProperty("action").GetString());

        using var deleted = await _api.DeleteAsync($"/api/v1/star-records/{id}", Token);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await _api.GetAsync($"/api/v1/star-records/{id}", Token);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    public static TheoryData<string, string> BadDrafts => new()
    {
        { """{"situation":"no title"}""", "title" },
        { """{"title":"  "}""", "title" },
        { $$"""{"title":"{{new string('t', 301)}}"}""", "title" },
        { $$"""{"title":"ok","action":"{{new string('a', 4001)}}"}""", "action" },
        { """{"title":"ok","skills":["Python",""]}""", "skills" },
        { $$"""{"title":"ok","company":"{{new string('c', 201)}}"}""", "company" },
    };

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task Create_BadInput_Answers400NamingTheField(string body, string field)
    {
        using var response = await _api.PostAsync("/api/v1/star-records", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/star-records")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Suggest_FromStoredResume_CreatesSuggestionsOnce_AcceptAndDismiss_DismissedStayAway()
    {
        var resumeId = await UploadResumeAsync();

        var first = await SuggestAsync(resumeId);
        var second = await SuggestAsync(resumeId);

        Assert.Equal(3, first.GetProperty("created").GetInt32());
        Assert.Equal(0, second.GetProperty("created").GetInt32());
        Assert.Equal(3, second.GetProperty("alreadyKnown").GetInt32());
        var items = first.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal("suggested", i.GetProperty("status").GetString()));
        Assert.All(items, i => Assert.Equal(resumeId, i.GetProperty("resumeId").GetInt64()));
        var apis = items.Single(i => i.GetProperty("sourceText").GetString()!.StartsWith("Built Python APIs", StringComparison.Ordinal));
        Assert.Equal("Acme Corp", apis.GetProperty("company").GetString());
        Assert.Equal("Senior Software Engineer", apis.GetProperty("role").GetString());
        Assert.Equal("Serving 2,000 requests per second", apis.GetProperty("result").GetString());
        Assert.Contains("PostgreSQL", apis.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));

        using var accepted = await _api.PostAsync($"/api/v1/star-records/{apis.GetProperty("id").GetInt64()}/accept", null, Token);
        using var again = await _api.PostAsync($"/api/v1/star-records/{apis.GetProperty("id").GetInt64()}/accept", null, Token);
        var dismissed = items.First(i => i.GetProperty("id").GetInt64() != apis.GetProperty("id").GetInt64()).GetProperty("id").GetInt64();
        using var dismiss = await _api.DeleteAsync($"/api/v1/star-records/{dismissed}", Token);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("accepted", (await accepted.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, dismiss.StatusCode);
        Assert.Equal(1, (await _api.GetJsonAsync("/api/v1/star-records?status=accepted")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await _api.GetJsonAsync("/api/v1/star-records?status=suggested")).GetProperty("total").GetInt32());
        var afterDismiss = await SuggestAsync(resumeId);
        Assert.Equal(0, afterDismiss.GetProperty("created").GetInt32());
        Assert.Equal(2, (await _api.GetJsonAsync("/api/v1/star-records")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await _api.GetJsonAsync("/api/v1/star-records?status=dismissed")).GetProperty("total").GetInt32());

        // Deleting the resume deletes what was derived from it, dismissals included.
        using (var deleted = await _api.DeleteAsync($"/api/v1/resumes/{resumeId}", Token))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/star-records?status=dismissed")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/star-records")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_FiltersBySkillQueryAndResume()
    {
        var resumeId = await UploadResumeAsync();
        await SuggestAsync(resumeId);
        using (await _api.PostAsJsonAsync("/api/v1/star-records", new { title = "Wrote the on-call handbook", skills = new[] { "Incident management" } }, Token))
        {
        }

        var docker = await _api.GetJsonAsync("/api/v1/star-records?skill=docker");
        var react = await _api.GetJsonAsync("/api/v1/star-records?q=react%20analysts");
        var fromResume = await _api.GetJsonAsync($"/api/v1/star-records?resumeId={resumeId}");
        var none = await _api.GetJsonAsync("/api/v1/star-records?q=cobol");

        Assert.StartsWith("Reduced deployment time", Assert.Single(docker.GetProperty("items").EnumerateArray()).GetProperty("sourceText").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Developed React dashboards", Assert.Single(react.GetProperty("items").EnumerateArray()).GetProperty("sourceText").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, fromResume.GetProperty("total").GetInt32());
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/star-records?status=maybe", "status")]
    [InlineData("/api/v1/star-records?pageSize=0", "pageSize")]
    public async Task List_BadQuery_Answers400(string path, string field)
    {
        using var response = await _api.GetAsync(path, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Suggest_BadInput_400WithoutResumeId_404ForAnUnknownResume()
    {
        using var missing = await _api.PostAsJsonAsync("/api/v1/star-records/suggest", new { }, Token);
        using var unknown = await _api.PostAsJsonAsync("/api/v1/star-records/suggest", new { resumeId = 4242 }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("errors").TryGetProperty("resumeId", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("PUT", "/api/v1/star-records/777")]
    [InlineData("DELETE", "/api/v1/star-records/777")]
    [InlineData("POST", "/api/v1/star-records/777/accept")]
    public async Task UnknownRecord_Answers404(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "PUT")
        {
            request.Content = JsonContent.Create(new { title = "x" });
        }

        using var response = await _api.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<long> UploadResumeAsync()
    {
        using var response = await _api.PostAsync("/api/v1/resumes", ResumeFiles.Form(ResumeFiles.TextFile(), "jane.txt"), Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("id").GetInt64();
    }

    private async Task<JsonElement> SuggestAsync(long resumeId)
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/star-records/suggest", new { resumeId }, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Token);
    }
}
