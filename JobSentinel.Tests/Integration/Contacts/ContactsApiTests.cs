using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Features;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Contacts;

/// <summary>Contacts through the API on a real SQLite file: CRUD, import, search, discovery.</summary>
public sealed class ContactsApiTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

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

    [Fact]
    public async Task Crud_CreateGetUpdateListDelete_Works()
    {
        var created = await CreateAsync(new { name = "Jane Doe", email = "jane@acme.com", company = "Acme", role = "CTO", links = new[] { "linkedin.com/in/jane" }, notes = "Met at KubeCon" });
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal("manual", created.GetProperty("source").GetString());
        Assert.Equal("https://linkedin.com/in/jane", created.GetProperty("links")[0].GetString());

        using var put = await _api.PutAsJsonAsync($"/api/v1/contacts/{id}", new { role = "VP Engineering" }, Token);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var fetched = await _api.GetJsonAsync($"/api/v1/contacts/{id}");
        Assert.Equal(("VP Engineering", "jane@acme.com"), (fetched.GetProperty("role").GetString(), fetched.GetProperty("email").GetString()));

        await CreateAsync(new { name = "Bob Roe", company = "Globex" });
        var list = await _api.GetJsonAsync("/api/v1/contacts?company=acme&pageSize=10");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(10, list.GetProperty("pageSize").GetInt32());
        Assert.Equal("Bob Roe", (await _api.GetJsonAsync("/api/v1/contacts?q=rOe")).GetProperty("items")[0].GetProperty("name").GetString());

        using var delete = await _api.DeleteAsync($"/api/v1/contacts/{id}", Token);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var gone = await _api.GetAsync($"/api/v1/contacts/{id}", Token);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Create_InvalidFields_Answers400NamingEachField()
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/contacts", new { name = " ", email = "not-an-email", links = new[] { "ftp://x.org/file", "javascript:alert(1)" } }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.Equal(2, errors.GetProperty("links").GetArrayLength());
    }

    [Theory]
    [InlineData("GET", "/api/v1/contacts/999")]
    [InlineData("PUT", "/api/v1/contacts/999")]
    [InlineData("DELETE", "/api/v1/contacts/999")]
    [InlineData("GET", "/api/v1/contacts/999/messages")]
    [InlineData("POST", "/api/v1/contacts/999/messages")]
    public async Task UnknownContact_Answers404(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "PUT" or "POST")
        {
            request.Content = JsonContent.Create(new { });
        }

        using var response = await _api.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Import_MultipartFile_ImportsValidRowsSkipsDuplicatesAndReportsBadLines()
    {
        await CreateAsync(new { name = "Existing Person", email = "existing@acme.com" });
        const string csv = "\uFEFFFull Name,Email,Organization,Title,LinkedIn\r\n" +
            "Jane Doe,jane@acme.com,Acme,CTO,https://linkedin.com/in/jane\r\n" +
            "Someone Else,EXISTING@acme.com,Acme,,\r\n" +
            "Jane Doe,,Acme,,\r\n" +
            ",nobody@acme.com,Acme,,\r\n" +
            "Bad Mail,bad@@mail,Acme,,\r\n" +
            "\"Quoted, Name\",quoted@globex.com,Globex,\"Head of \"\"Data\"\"\",\r\n";
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "contacts.csv");

        using var response = await _api.PostAsync("/api/v1/contacts/import", content, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal((2, 2), (result.GetProperty("imported").GetInt32(), result.GetProperty("skipped").GetInt32()));
        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([5, 6], errors.Select(e => e.GetProperty("line").GetInt32()));
        Assert.Contains("Name is required", errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var quoted = (await _api.GetJsonAsync("/api/v1/contacts?q=quoted")).GetProperty("items")[0];
        Assert.Equal(("Quoted, Name", "Head of \"Data\"", "csv"), (quoted.GetProperty("name").GetString(), quoted.GetProperty("role").GetString(), quoted.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Import_MalformedCsvBody_Answers400AndImportsNothing()
    {
        using var body = new StringContent("name,email\nJane,jane@acme.com\n\"Broken,broken@acme.com\n", Encoding.UTF8, "text/csv");

        using var response = await _api.PostAsync("/api/v1/contacts/import", body, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Contains("never closed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/contacts")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_MultipartWithoutFile_Answers400()
    {
        using var content = new MultipartFormDataContent { { new StringContent("x"), "other" } };

        using var response = await _api.PostAsync("/api/v1/contacts/import", content, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Import_TooLarge_Answers413()
    {
        using var body = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await _api.PostAsync("/api/v1/contacts/import", body, Token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Search_RanksBySynonymsAndSkills_AndAnswersScoreAndMatchedTerms()
    {
        await CreateAsync(new { name = "Ana Lima", company = "Acme", notes = "Runs our Kubernetes clusters" });
        await CreateAsync(new { name = "Ben Ode", company = "Globex", role = "React developer" });
        await CreateAsync(new { name = "Chen Wu", company = "Initech", role = "Recruiter" });

        var k8s = await _api.GetJsonAsync("/api/v1/contacts/search?q=k8s");
        var frontend = await _api.GetJsonAsync("/api/v1/contacts/search?q=frontend");

        Assert.Equal(1, k8s.GetProperty("total").GetInt32());
        var hit = k8s.GetProperty("items")[0];
        Assert.Equal("Ana Lima", hit.GetProperty("name").GetString());
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
        Assert.Equal("kubernetes", hit.GetProperty("matched")[0].GetString(), ignoreCase: true);
        Assert.Equal("Ben Ode", frontend.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/api/v1/contacts/search")]
    [InlineData("/api/v1/contacts/search?q=%20")]
    [InlineData("/api/v1/contacts/search?q=go&limit=0")]
    [InlineData("/api/v1/contacts?page=0")]
    public async Task BadQuery_Answers400(string path)
    {
        using var response = await _api.GetAsync(path, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Discover_FlagOff_Answers409SayingSo()
    {
        var jobId = await AddJobAsync("Hiring manager: Priya Raman");

        using var response = await _api.PostAsJsonAsync("/api/v1/contacts/discover", new { jobId }, Token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Contains("Contact discovery is turned off", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_FlagOn_CreatesDiscoveredContactsOnce()
    {
        await EnableDiscoveryAsync();
        var jobId = await AddJobAsync("<p>Hiring manager: Priya Raman</p><p>Questions? Email careers@acme.com.</p><p>- Jane Doe, CTO (jane.doe@acme.com)</p>");

        var first = await DiscoverAsync(jobId);
        var second = await DiscoverAsync(jobId);

        Assert.Equal(3, first.GetProperty("created").GetInt32());
        Assert.Equal(0, second.GetProperty("created").GetInt32());
        Assert.Equal(3, second.GetProperty("contacts").GetArrayLength());
        var contacts = first.GetProperty("contacts").EnumerateArray().ToList();
        Assert.All(contacts, c => Assert.Equal(("discovered", jobId, "Acme"), (c.GetProperty("source").GetString(), c.GetProperty("sourceJobId").GetInt64(), c.GetProperty("company").GetString())));
        Assert.Contains(contacts, c => c.GetProperty("name").GetString() == "Jane Doe" && c.GetProperty("email").GetString() == "jane.doe@acme.com");
        Assert.Contains(contacts, c => c.GetProperty("email").GetString() == "careers@acme.com" && c.GetProperty("role").GetString() == "recruiting inbox");
        Assert.Equal(3, (await _api.GetJsonAsync("/api/v1/contacts")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Discover_UnknownJobOrMissingId_Answers404Or400()
    {
        await EnableDiscoveryAsync();

        using var unknown = await _api.PostAsJsonAsync("/api/v1/contacts/discover", new { jobId = 424242 }, Token);
        using var missing = await _api.PostAsJsonAsync("/api/v1/contacts/discover", new { }, Token);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task Delete_ContactWithMessages_DeletesTheMessagesToo()
    {
        var id = (await CreateAsync(new { name = "Jane Doe", company = "Acme" })).GetProperty("id").GetInt64();
        using (var draft = await _api.PostAsJsonAsync($"/api/v1/contacts/{id}/messages", new { }, Token))
        {
            Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        }

        using var delete = await _api.DeleteAsync($"/api/v1/contacts/{id}", Token);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        var factory = _factory.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();
        await using var context = await factory.CreateDbContextAsync(Token);
        Assert.Equal(0, await context.Messages.CountAsync(Token));
    }

    private async Task<JsonElement> CreateAsync(object contact)
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/contacts", contact, Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Token);
    }

    private async Task<JsonElement> DiscoverAsync(long jobId)
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/contacts/discover", new { jobId }, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Token);
    }

    private async Task EnableDiscoveryAsync() =>
        Assert.Empty(await _factory.Services.GetRequiredService<FeatureFlags>().SetAsync(
            new Dictionary<string, (bool?, int?)> { [FeatureNames.ContactDiscovery] = (true, 100) }, null, "test", null, Token));

    internal static async Task<long> AddJobAsync(HttpClient api, string description, string title = "Senior Platform Engineer", string company = "Acme")
    {
        using var response = await api.PostAsJsonAsync("/api/v1/jobs", new { url = $"https://jobs.example.com/{Guid.NewGuid():N}", title, company, description }, Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("id").GetInt64();
    }

    private Task<long> AddJobAsync(string description) => AddJobAsync(_api, description);
}
