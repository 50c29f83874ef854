using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration.Applications;

/// <summary><c>/api/v1/applications</c> on the real app and its SQLite file.</summary>
public sealed class ApplicationsApiTests : IAsyncLifetime
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

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<long> AddJobAsync(string title = "Senior C# Engineer")
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/jobs", new
        {
            title, company = "Acme", url = $"https://acme.example/jobs/{Uri.EscapeDataString(title)}", description = "REST APIs in C#.",
        }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await _api.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Track_AJob_Answers201ThenTheSameApplicationWith200()
    {
        var jobId = await AddJobAsync();

        var (created, body) = await SendAsync(HttpMethod.Post, "/api/v1/applications", $$"""{"jobId": {{jobId}}}""");
        var (again, existing) = await SendAsync(HttpMethod.Post, "/api/v1/applications", $$"""{"jobId": {{jobId}}}""");

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(body.GetProperty("id").GetInt64(), existing.GetProperty("id").GetInt64());
        Assert.Equal("Senior C# Engineer", body.GetProperty("title").GetString());
        Assert.Equal("Acme", body.GetProperty("company").GetString());
        Assert.Equal("saved", body.GetProperty("status").GetString());
        Assert.Equal("saved", Assert.Single(body.GetProperty("history").EnumerateArray()).GetProperty("status").GetString());
        foreach (var field in new[] { "id", "jobId", "url", "position", "notes", "appliedAt", "salaryOffered", "salaryCurrency", "nextAction", "nextActionAt", "createdAt", "updatedAt" })
        {
            Assert.True(body.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Create_ByHand_ThenPatch_RecordsHistoryAndAppliedAt()
    {
        var (status, created) = await SendAsync(HttpMethod.Post, "/api/v1/applications",
            """{"title": "Staff Engineer", "company": "Globex", "url": "https://globex.example/careers/1"}""");
        var id = created.GetProperty("id").GetInt64();

        var (patched, body) = await SendAsync(HttpMethod.Patch, $"/api/v1/applications/{id}",
            """{"status": "applied", "salaryOffered": 150000, "salaryCurrency": "usd", "nextAction": "Ping recruiter", "nextActionAt": "2030-01-05T09:00:00Z", "notes": "Referral from Ana"}""");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Null(created.GetProperty("jobId").GetString());
        Assert.Equal(HttpStatusCode.OK, patched);
        Assert.Equal("applied", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("appliedAt").ValueKind);
        Assert.Equal("USD", body.GetProperty("salaryCurrency").GetString());
        Assert.Equal(150000, body.GetProperty("salaryOffered").GetDouble());
        Assert.Equal("2030-01-05T09:00:00Z", body.GetProperty("nextActionAt").GetString());
        Assert.Equal(["saved", "applied"], body.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));

        var (_, cleared) = await SendAsync(HttpMethod.Patch, $"/api/v1/applications/{id}", """{"nextActionAt": null, "position": 4}""");
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("nextActionAt").ValueKind);
        Assert.Equal("Ping recruiter", cleared.GetProperty("nextAction").GetString());
        Assert.Equal(4, cleared.GetProperty("position").GetDouble());
        var (_, fetched) = await SendAsync(HttpMethod.Get, $"/api/v1/applications/{id}");
        Assert.Equal("Referral from Ana", fetched.GetProperty("notes").GetString());
    }

    public static TheoryData<string, string> BadCreates => new()
    {
        { """{"title": "A", "company": "B", "status": "ghosted"}""", "status" },
        { """{"title": "A", "company": "B", "status": 1}""", "status" },
        { """{"title": "A", "company": "B", "salaryOffered": -5}""", "salaryOffered" },
        { """{"title": "A", "company": "B", "salaryOffered": "lots"}""", "salaryOffered" },
        { """{"title": "A", "company": "B", "salaryCurrency": "EURO"}""", "salaryCurrency" },
        { """{"title": "A", "company": "B", "salaryCurrency": "E1"}""", "salaryCurrency" },
        { """{"jobId": 987654}""", "jobId" },
        { """{"title": "", "company": "B"}""", "title" },
        { """{"title": "   ", "company": "B"}""", "title" },
        { """{"company": "B"}""", "title" },
        { """{"title": "A", "company": "B", "url": "javascript:alert(1)"}""", "url" },
        { """{"title": "A", "company": "B", "nextActionAt": "next tuesday"}""", "nextActionAt" },
        { """[1, 2]""", "body" },
    };

    [Theory]
    [MemberData(nameof(BadCreates))]
    public async Task Create_BadInput_Answers400NamingTheField(string json, string field)
    {
        var (status, problem) = await SendAsync(HttpMethod.Post, "/api/v1/applications", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, (await SendAsync(HttpMethod.Get, "/api/v1/applications")).Body.GetProperty("total").GetInt32());
    }

    public static TheoryData<string, string> BadPatches => new()
    {
        { """{"status": "hired"}""", "status" },
        { """{"status": null}""", "status" },
        { """{"salaryOffered": -0.01}""", "salaryOffered" },
        { """{"salaryCurrency": "dollars"}""", "salaryCurrency" },
        { """{"title": ""}""", "title" },
        { """{"company": null}""", "company" },
        { """{"jobId": 1}""", "jobId" },
        { """{"position": "top"}""", "position" },
    };

    [Theory]
    [MemberData(nameof(BadPatches))]
    public async Task Patch_BadInput_Answers400NamingTheFieldAndChangesNothing(string json, string field)
    {
        var (_, created) = await SendAsync(HttpMethod.Post, "/api/v1/applications", """{"title": "A", "company": "B"}""");
        var id = created.GetProperty("id").GetInt64();

        var (status, problem) = await SendAsync(HttpMethod.Patch, $"/api/v1/applications/{id}", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var (_, after) = await SendAsync(HttpMethod.Get, $"/api/v1/applications/{id}");
        Assert.Equal(created.GetProperty("updatedAt").GetString(), after.GetProperty("updatedAt").GetString());
    }

    [Fact]
    public async Task UnknownId_Answers404ProblemDetails()
    {
        var (get, problem) = await SendAsync(HttpMethod.Get, "/api/v1/applications/4242");
        var (patch, _) = await SendAsync(HttpMethod.Patch, "/api/v1/applications/4242", """{"notes": "x"}""");
        var (delete, _) = await SendAsync(HttpMethod.Delete, "/api/v1/applications/4242");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { get, patch, delete });
        Assert.Contains("4242", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_Answers204AndTheApplicationIsGone()
    {
        var (_, created) = await SendAsync(HttpMethod.Post, "/api/v1/applications", """{"title": "A", "company": "B"}""");
        var id = created.GetProperty("id").GetInt64();

        var (deleted, _) = await SendAsync(HttpMethod.Delete, $"/api/v1/applications/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, $"/api/v1/applications/{id}")).Status);
    }

    [Fact]
    public async Task List_FiltersByStatusAndQ_PagesAndRejectsUnknownStatus()
    {
        await SendAsync(HttpMethod.Post, "/api/v1/applications", """{"title": "Backend", "company": "Acme", "status": "applied"}""");
        await SendAsync(HttpMethod.Post, "/api/v1/applications", """{"title": "Frontend", "company": "Acme"}""");
        await SendAsync(HttpMethod.Post, "/api/v1/applications", """{"title": "Data", "company": "Globex", "status": "offer"}""");

        var (_, all) = await SendAsync(HttpMethod.Get, "/api/v1/applications?pageSize=2");
        var (_, some) = await SendAsync(HttpMethod.Get, "/api/v1/applications?status=applied,offer");
        var (_, acme) = await SendAsync(HttpMethod.Get, "/api/v1/applications?q=acme");
        var (bad, problem) = await SendAsync(HttpMethod.Get, "/api/v1/applications?status=ghosted");
        var (badPage, _) = await SendAsync(HttpMethod.Get, "/api/v1/applications?pageSize=0");

        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(["Frontend", "Backend"], all.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(2, all.GetProperty("pageSize").GetInt32());
        Assert.Equal(["Backend", "Data"], some.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(2, acme.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badPage);
    }

    [Fact]
    public async Task Export_Csv_IsEscapedAndFormulaSafe()
    {
        await SendAsync(HttpMethod.Post, "/api/v1/applications",
            """{"title": "=cmd|' /C calc'!A0", "company": "Acme, \"Inc\"", "notes": "two\nlines", "salaryOffered": 1000, "salaryCurrency": "EUR", "status": "offer"}""");

        using var response = await _api.GetAsync("/api/v1/applications/export?format=csv", Ct);
        var csv = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^jobsentinel-applications-\d{8}-\d{4}\.csv$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.StartsWith("id,jobId,title,company,url,status,position,appliedAt,salaryOffered,salaryCurrency,nextAction,nextActionAt,notes,createdAt,updatedAt\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(",'=cmd|' /C calc'!A0,\"Acme, \"\"Inc\"\"\",,offer,", csv, StringComparison.Ordinal);
        Assert.Contains("\"two\nlines\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Json_ListsEveryApplication_AndBadFormatIs400()
    {
        await SendAsync(HttpMethod.Post, "/api/v1/applications", """{"title": "A", "company": "B"}""");
        await SendAsync(HttpMethod.Post, "/api/v1/applications", """{"title": "C", "company": "D", "status": "rejected"}""");

        var (status, json) = await SendAsync(HttpMethod.Get, "/api/v1/applications/export?format=json");
        var (onlyRejected, rejected) = await SendAsync(HttpMethod.Get, "/api/v1/applications/export?format=json&status=rejected");
        var (bad, problem) = await SendAsync(HttpMethod.Get, "/api/v1/applications/export?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["A", "C"], json.EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(HttpStatusCode.OK, onlyRejected);
        Assert.Equal("C", Assert.Single(rejected.EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.True(problem.GetProperty("errors").TryGetProperty("format", out _));
    }

    [Fact]
    public async Task Applications_NeedAnApiKey()
    {
        using var anonymous = _factory.CreateClient();

        using var response = await anonymous.GetAsync("/api/v1/applications", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
