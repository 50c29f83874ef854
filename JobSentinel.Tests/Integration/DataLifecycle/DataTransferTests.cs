using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Postings;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.DataLifecycle;

/// <summary>Full export and import through the API between two real apps on their own SQLite files.</summary>
public sealed class DataTransferTests : IAsyncLifetime
{
    private readonly TempDirectory _first = new();
    private readonly TempDirectory _second = new();
    private JobSentinelFactory _source = null!;
    private JobSentinelFactory _target = null!;
    private HttpClient _sourceApi = null!;
    private HttpClient _targetApi = null!;

    public ValueTask InitializeAsync()
    {
        _source = new JobSentinelFactory(_first.Path);
        _target = new JobSentinelFactory(_second.Path);
        _sourceApi = _source.CreateApiClient();
        _targetApi = _target.CreateApiClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _sourceApi.Dispose();
        _targetApi.Dispose();
        await _source.DisposeAsync();
        await _target.DisposeAsync();
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task ExportThenImport_IntoAFreshApp_RecreatesTheUsersData()
    {
        var seeded = await SeedAsync(_source, _sourceApi);

        var (export, fileName) = await ExportAsync(_sourceApi);
        using var imported = await _targetApi.PostAsync("/api/v1/admin/import", FileForm(export), Ct);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Matches(@"^jobsentinel-export-\d{4}-\d{2}-\d{2}\.json$", fileName);
        var counts = await imported.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(3, Section(counts, "postings").GetProperty("created").GetInt32());
        Assert.Equal(1, Section(counts, "sources").GetProperty("created").GetInt32());
        Assert.Equal(1, Section(counts, "alertChannels").GetProperty("created").GetInt32());
        Assert.Equal(1, Section(counts, "resumes").GetProperty("created").GetInt32());
        Assert.Equal(1, Section(counts, "evaluations").GetProperty("created").GetInt32());

        var jobs = await _targetApi.GetJsonAsync("/api/v1/jobs?status=all&pageSize=50");
        Assert.Equal(3, jobs.GetProperty("total").GetInt32());
        var starred = jobs.GetProperty("items").EnumerateArray().Single(j => j.GetProperty("title").GetString() == "Senior C# Engineer");
        Assert.True(starred.GetProperty("starred").GetBoolean());
        Assert.Equal("call Bob on Monday", starred.GetProperty("notes").GetString());
        var detail = await _targetApi.GetJsonAsync($"/api/v1/jobs/{starred.GetProperty("id").GetInt64()}");
        Assert.Contains("ASP.NET Core", detail.GetProperty("descriptionText").GetString(), StringComparison.Ordinal);
        var archived = await _targetApi.GetJsonAsync("/api/v1/jobs?status=archived");
        Assert.Equal("Old Role", Assert.Single(archived.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        var searched = await _targetApi.GetJsonAsync("/api/v1/jobs?q=kubernetes&status=all");
        Assert.Equal(1, searched.GetProperty("total").GetInt32());

        var source = Assert.Single((await _targetApi.GetJsonAsync("/api/v1/sources")).GetProperty("items").EnumerateArray());
        Assert.Equal("Acme board", source.GetProperty("name").GetString());
        Assert.Equal("0 */6 * * *", source.GetProperty("schedule").GetString());
        var channel = Assert.Single((await _targetApi.GetJsonAsync("/api/v1/alert-channels")).GetProperty("items").EnumerateArray());
        Assert.Equal("Team Slack", channel.GetProperty("name").GetString());
        Assert.False(channel.GetProperty("enabled").GetBoolean()); // its webhook URL was not exported
        var resume = Assert.Single((await _targetApi.GetJsonAsync("/api/v1/resumes")).GetProperty("items").EnumerateArray());
        Assert.Equal(seeded.ResumeName, resume.GetProperty("fileName").GetString());
        var evaluation = Assert.Single((await _targetApi.GetJsonAsync("/api/v1/evaluations")).GetProperty("items").EnumerateArray());
        Assert.Equal(seeded.RelevanceScore, evaluation.GetProperty("relevanceScore").GetInt32());
    }

    [Fact]
    public async Task Export_LeavesSecretsOutAndSaysSo()
    {
        await SeedAsync(_source, _sourceApi, evaluate: false);

        var (export, _) = await ExportAsync(_sourceApi);

        Assert.DoesNotContain("hooks.slack.com", export, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(export);
        Assert.Equal("jobsentinel-export", document.RootElement.GetProperty("format").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("version").GetInt32());
        Assert.Contains(document.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("not exported", StringComparison.Ordinal));
        var channel = Assert.Single(document.RootElement.GetProperty("alertChannels").EnumerateArray());
        Assert.Equal("url", Assert.Single(channel.GetProperty("secretsOmitted").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Import_TheSameExportTwice_CreatesNoDuplicatesAndAppliesTriageChanges()
    {
        await SeedAsync(_source, _sourceApi, evaluate: false);
        var (export, _) = await ExportAsync(_sourceApi);
        using (var first = await _targetApi.PostAsync("/api/v1/admin/import", Json(export), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await _targetApi.PostAsync("/api/v1/admin/import", Json(export), Ct);

        var counts = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(0, counts.GetProperty("created").GetInt32());
        Assert.Equal(3, Section(counts, "postings").GetProperty("skipped").GetInt32());
        Assert.Equal(3, (await _targetApi.GetJsonAsync("/api/v1/jobs?status=all")).GetProperty("total").GetInt32());
        Assert.Single((await _targetApi.GetJsonAsync("/api/v1/sources")).GetProperty("items").EnumerateArray());
        Assert.Single((await _targetApi.GetJsonAsync("/api/v1/alert-channels")).GetProperty("items").EnumerateArray());

        // A posting unstarred in the source app comes over as an update of the same posting.
        var job = (await _sourceApi.GetJsonAsync("/api/v1/jobs?status=all")).GetProperty("items").EnumerateArray()
            .Single(j => j.GetProperty("starred").GetBoolean());
        using (var patch = await _sourceApi.PatchAsJsonAsync($"/api/v1/jobs/{job.GetProperty("id").GetInt64()}", new { starred = false }, Ct))
        {
            patch.EnsureSuccessStatusCode();
        }

        var (changed, _) = await ExportAsync(_sourceApi);
        using var third = await _targetApi.PostAsync("/api/v1/admin/import", Json(changed), Ct);
        var after = await third.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(1, Section(after, "postings").GetProperty("updated").GetInt32());
        Assert.Equal(3, (await _targetApi.GetJsonAsync("/api/v1/jobs?status=all")).GetProperty("total").GetInt32());
        Assert.DoesNotContain((await _targetApi.GetJsonAsync("/api/v1/jobs?status=all")).GetProperty("items").EnumerateArray(),
            j => j.GetProperty("starred").GetBoolean());
    }

    public static TheoryData<string, string> BadDocuments => new()
    {
        { "{\"format\": \"jobsentinel-export\", \"version\": 1, \"postings\": [", "document" },
        { "not json at all", "document" },
        { "null", "document" },
        { "{\"format\": \"jobsentinel-export\", \"version\": 2, \"postings\": []}", "version" },
        { "{\"format\": \"something-else\", \"version\": 1, \"postings\": []}", "format" },
        { "{\"format\": \"jobsentinel-export\", \"postings\": []}", "version" },
        { "{\"format\": \"jobsentinel-export\", \"version\": 1}", "postings" },
        { "{\"format\": \"jobsentinel-export\", \"version\": 1, \"postings\": [{\"dedupKey\": \"k1\", \"title\": \"A\", \"company\": \"B\"}, {\"dedupKey\": \"k2\", \"company\": \"B\"}]}", "postings[1].title" },
        { "{\"format\": \"jobsentinel-export\", \"version\": 1, \"postings\": [], \"sources\": [{\"name\": \"x\", \"type\": \"greenhouse\", \"schedule\": \"every hour\"}]}", "sources[0].schedule" },
        { "{\"format\": \"jobsentinel-export\", \"version\": 1, \"postings\": [{\"dedupKey\": \"k1\", \"title\": \"A\", \"company\": \"B\", \"status\": \"deleted\"}]}", "document" },
        { "{\"format\": \"jobsentinel-export\", \"version\": 1, \"postings\": [], \"evaluations\": [{\"resumeSha256\": \"nope\", \"jobDedupKey\": \"k1\"}]}", "evaluations[0].resumeSha256" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task Import_ABadDocument_Answers400NamingTheProblemAndWritesNothing(string body, string problemKey)
    {
        await SeedAsync(_target, _targetApi, evaluate: false);
        var before = await _targetApi.GetJsonAsync("/api/v1/jobs?status=all");
        var auditBefore = (await _targetApi.GetJsonAsync("/api/v1/admin/audit?kind=data.imported")).GetProperty("total").GetInt32();

        using var response = await _targetApi.PostAsync("/api/v1/admin/import", Json(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(problemKey, out _), problem.ToString());
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(before.GetProperty("total").GetInt32(), (await _targetApi.GetJsonAsync("/api/v1/jobs?status=all")).GetProperty("total").GetInt32());
        Assert.Equal(auditBefore, (await _targetApi.GetJsonAsync("/api/v1/admin/audit?kind=data.imported")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_AValidPostingBeforeABadOne_WritesNothing()
    {
        const string body = "{\"format\": \"jobsentinel-export\", \"version\": 1, \"postings\": [" +
            "{\"dedupKey\": \"good-one\", \"title\": \"Fine\", \"company\": \"Co\"}, {\"dedupKey\": \"bad-one\", \"title\": \"\", \"company\": \"Co\"}]}";

        using var response = await _targetApi.PostAsync("/api/v1/admin/import", Json(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, (await _targetApi.GetJsonAsync("/api/v1/jobs?status=all")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_AMultipartFormWithoutTheFile_Answers400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };

        using var response = await _targetApi.PostAsync("/api/v1/admin/import", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task ExportAndImport_AreAudited_AndNeedAnApiKey()
    {
        var (export, _) = await ExportAsync(_sourceApi);
        using (var imported = await _sourceApi.PostAsync("/api/v1/admin/import", Json(export), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        }

        Assert.Equal(1, (await _sourceApi.GetJsonAsync("/api/v1/admin/audit?kind=data.exported")).GetProperty("total").GetInt32());
        var import = Assert.Single((await _sourceApi.GetJsonAsync("/api/v1/admin/audit?kind=data.imported")).GetProperty("items").EnumerateArray());
        Assert.Contains("created", import.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var anonymous = _source.CreateClient();
        using var noKeyExport = await anonymous.GetAsync("/api/v1/admin/export", Ct);
        using var noKeyImport = await anonymous.PostAsync("/api/v1/admin/import", Json(export), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, noKeyExport.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noKeyImport.StatusCode);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement Section(JsonElement counts, string name) => counts.GetProperty("sections").GetProperty(name);

    private sealed record Seeded(string ResumeName, int RelevanceScore);

    /// <summary>A source, an alert channel, three postings (one starred with notes, one archived), a resume and an evaluation.</summary>
    private static async Task<Seeded> SeedAsync(JobSentinelFactory factory, HttpClient api, bool evaluate = true)
    {
        await PostAsync(api, "/api/v1/sources", new { name = "Acme board", type = "greenhouse", board = "acme", schedule = "0 */6 * * *" });
        await PostAsync(api, "/api/v1/alert-channels", new { name = "Team Slack", type = "slack", url = "https://hooks.slack.com/services/T000/B000/XXXX" });
        var starred = await PostAsync(api, "/api/v1/jobs", new
        {
            title = "Senior C# Engineer", company = "Acme", location = "Berlin", url = "https://acme.example/jobs/1",
            description = "We build REST APIs in C#, ASP.NET Core and PostgreSQL, deployed with Docker and Kubernetes.",
        });
        await PostAsync(api, "/api/v1/jobs", new { title = "Data Analyst", company = "Globex", location = "Remote", url = "https://globex.example/jobs/2", description = "SQL and dashboards." });
        var old = await PostAsync(api, "/api/v1/jobs", new { title = "Old Role", company = "Initech", url = "https://initech.example/jobs/3", description = "Legacy work." });
        var starredId = starred.GetProperty("id").GetInt64();
        using (var patch = await api.PatchAsJsonAsync($"/api/v1/jobs/{starredId}", new { starred = true, notes = "call Bob on Monday" }, Ct))
        {
            patch.EnsureSuccessStatusCode();
        }

        await ArchiveAsync(factory, old.GetProperty("id").GetInt64());
        using var upload = await api.PostAsync("/api/v1/resumes", ResumeFiles.Form(ResumeFiles.TextFile(), "jane.txt"), Ct);
        var resume = await upload.Content.ReadFromJsonAsync<JsonElement>(Ct);
        if (!evaluate)
        {
            return new Seeded("jane.txt", 0);
        }

        var evaluation = await PostAsync(api, "/api/v1/evaluations", new { resumeId = resume.GetProperty("id").GetInt64(), jobId = starredId });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var current = await api.GetJsonAsync($"/api/v1/evaluations/{evaluation.GetProperty("id").GetInt64()}");
            if (current.GetProperty("status").GetString() == "completed")
            {
                return new Seeded("jane.txt", current.GetProperty("relevanceScore").GetInt32());
            }

            Assert.True(DateTime.UtcNow < deadline, $"The evaluation is still {current}.");
            await Task.Delay(50, Ct);
        }
    }

    // Not seen for 100 days, then archived by the archive service.
    private static async Task ArchiveAsync(JobSentinelFactory factory, long id)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();
        await using (var context = await contexts.CreateDbContextAsync(Ct))
        {
            var stale = DateTime.UtcNow.AddDays(-100);
            await context.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(u => u.SetProperty(j => j.LastSeenAt, stale), Ct);
        }

        Assert.Equal(1, await factory.Services.GetRequiredService<ArchiveService>().ArchiveAsync(90, Ct));
    }

    private static async Task<JsonElement> PostAsync(HttpClient api, string path, object body)
    {
        using var response = await api.PostAsJsonAsync(path, body, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<(string Body, string FileName)> ExportAsync(HttpClient api)
    {
        using var response = await api.GetAsync("/api/v1/admin/export", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(Ct), response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static MultipartFormDataContent FileForm(string body)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new MultipartFormDataContent { { file, "file", "export.json" } };
    }
}
