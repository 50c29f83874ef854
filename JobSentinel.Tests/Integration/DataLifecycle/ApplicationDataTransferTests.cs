using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JobSentinel.Core.Achievements;
using JobSentinel.Core.Applications;
using JobSentinel.Core.Contacts;
using JobSentinel.Core.Data;
using JobSentinel.Core.Pipeline;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.DataLifecycle;

/// <summary>Export and import of applications, STAR records, contacts with messages and generated documents between two real apps.</summary>
public sealed class ApplicationDataTransferTests : IAsyncLifetime
{
    private static readonly DateTime Created = new(2026, 2, 1, 9, 30, 0, DateTimeKind.Utc);
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

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExportThenImportTwice_RecreatesTheApplicationDataOnce()
    {
        await SeedAsync();
        var export = await ExportAsync();

        var first = await ImportAsync(export);
        var second = await ImportAsync(export);

        foreach (var (section, count) in new[] { ("applications", 2), ("starRecords", 1), ("contacts", 1), ("messages", 1), ("documents", 1) })
        {
            Assert.Equal(count, Section(first, section).GetProperty("created").GetInt32());
            Assert.Equal(0, Section(second, section).GetProperty("created").GetInt32());
            Assert.Equal(count, Section(second, section).GetProperty("skipped").GetInt32());
        }

        await using var context = await Contexts(_target).CreateDbContextAsync(Ct);
        var tracked = await context.Applications.SingleAsync(a => a.JobId != null, Ct);
        var job = await context.Jobs.SingleAsync(j => j.Id == tracked.JobId, Ct);
        Assert.Equal("Senior C# Engineer", job.Title);
        Assert.Equal(ApplicationStatus.Interviewing, tracked.Status);
        Assert.Equal((95000d, "EUR", "Prepare system design"), (tracked.SalaryOffered!.Value, tracked.SalaryCurrency, tracked.NextAction));
        Assert.Equal([ApplicationStatus.Saved, ApplicationStatus.Interviewing], ApplicationHistory.Read(tracked.HistoryJson).Select(h => h.Status));
        var manual = await context.Applications.SingleAsync(a => a.JobId == null, Ct);
        Assert.Equal(("Data Lead", "Globex"), (manual.Title, manual.Company));

        var star = await context.StarRecords.SingleAsync(Ct);
        var resume = await context.Resumes.SingleAsync(Ct);
        Assert.Equal((resume.Id, "Cut deploy time", "Halved the build", StarRecordStatus.Accepted), (star.ResumeId!.Value, star.Title, star.Result, star.Status));
        Assert.Contains("Docker", star.SkillsJson, StringComparison.Ordinal);

        var contact = await context.Contacts.SingleAsync(Ct);
        var message = await context.Messages.SingleAsync(Ct);
        Assert.Equal(("Ana Lima", "ana@acme.example"), (contact.Name, contact.Email));
        Assert.Equal((contact.Id, job.Id, MessageStatus.Approved, 82), (message.ContactId, message.JobId!.Value, message.Status, message.QualityScore));

        var document = await context.Documents.SingleAsync(Ct);
        Assert.Equal((resume.Id, job.Id, DocumentKind.Cv, "CV for Acme", "template"), (document.ResumeId, document.JobId!.Value, document.Kind, document.Title, document.Provider));
        Assert.Contains("Led the platform team", document.SectionsJson, StringComparison.Ordinal);
        Assert.Null(document.RunId);
    }

    [Fact]
    public async Task Import_AFileWithoutTheNewSections_StillImports()
    {
        const string old = "{\"format\": \"jobsentinel-export\", \"version\": 1, \"postings\": [{\"dedupKey\": \"k1\", \"title\": \"A\", \"company\": \"B\"}]}";

        var counts = await ImportAsync(old);

        Assert.Equal(1, Section(counts, "postings").GetProperty("created").GetInt32());
        Assert.Equal(0, Section(counts, "applications").GetProperty("created").GetInt32());
    }

    public static TheoryData<string, string> BadSections => new()
    {
        { "\"applications\": [{\"title\": \"A\", \"company\": \"B\"}]", "applications[0].status" },
        { "\"applications\": [{\"title\": \"\", \"company\": \"B\", \"status\": \"saved\"}]", "applications[0].title" },
        { "\"applications\": [{\"title\": \"A\", \"company\": \"B\", \"status\": \"saved\", \"salaryCurrency\": \"EURO\"}]", "applications[0].salaryCurrency" },
        { "\"applications\": [{\"title\": \"A\", \"company\": \"B\", \"status\": \"saved\", \"salaryOffered\": -1}]", "applications[0].salaryOffered" },
        { "\"starRecords\": [{\"title\": \"A\", \"resumeSha256\": \"unknown\"}]", "starRecords[0].resumeSha256" },
        { "\"contacts\": [{\"name\": \"Ana\", \"messages\": [{\"subject\": \"Hi\"}]}]", "contacts[0].messages[0].body" },
        { "\"documents\": [{\"title\": \"CV\", \"resumeSha256\": \"unknown\"}]", "documents[0].resumeSha256" },
        { "\"documents\": [{\"title\": \"CV\", \"sections\": {\"name\": \"x\"}}]", "documents[0].sections" },
    };

    [Theory]
    [MemberData(nameof(BadSections))]
    public async Task Import_ABadApplicationSection_Answers400NamingItAndWritesNothing(string section, string problemKey)
    {
        var body = "{\"format\": \"jobsentinel-export\", \"version\": 1, \"postings\": [{\"dedupKey\": \"k1\", \"title\": \"A\", \"company\": \"B\"}], " + section + "}";

        using var response = await _targetApi.PostAsync("/api/v1/admin/import", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(problemKey, out _), problem.ToString());
        await using var context = await Contexts(_target).CreateDbContextAsync(Ct);
        Assert.Equal(0, await context.Jobs.CountAsync(Ct));
    }

    private static IDbContextFactory<JobSentinelDbContext> Contexts(JobSentinelFactory factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();

    private static JsonElement Section(JsonElement counts, string name) => counts.GetProperty("sections").GetProperty(name);

    /// <summary>A posting tracked and moved to interviewing, a manual application, and a STAR record, contact, message and CV of the other helpers' tables.</summary>
    private async Task SeedAsync()
    {
        using var posted = await _sourceApi.PostAsJsonAsync("/api/v1/jobs", new
        {
            title = "Senior C# Engineer", company = "Acme", url = "https://acme.example/jobs/1", description = "REST APIs in C# and Docker.",
        }, Ct);
        var jobId = (await posted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        using var tracked = await _sourceApi.PostAsJsonAsync("/api/v1/applications", new { jobId }, Ct);
        var applicationId = (await tracked.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
        using (var patch = await _sourceApi.PatchAsJsonAsync($"/api/v1/applications/{applicationId}", new
        {
            status = "interviewing", salaryOffered = 95000, salaryCurrency = "EUR", nextAction = "Prepare system design",
        }, Ct))
        {
            patch.EnsureSuccessStatusCode();
        }

        using (var manual = await _sourceApi.PostAsJsonAsync("/api/v1/applications", new { title = "Data Lead", company = "Globex" }, Ct))
        {
            manual.EnsureSuccessStatusCode();
        }

        using var upload = await _sourceApi.PostAsync("/api/v1/resumes", ResumeFiles.Form(ResumeFiles.TextFile(), "jane.txt"), Ct);
        var resumeId = (await upload.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();

        await using var context = await Contexts(_source).CreateDbContextAsync(Ct);
        context.StarRecords.Add(new StarRecord
        {
            ResumeId = resumeId, Title = "Cut deploy time", Situation = "Slow builds", Task = "Speed them up", Action = "Cached layers",
            Result = "Halved the build", SkillsJson = "[\"Docker\"]", Status = StarRecordStatus.Accepted, CreatedAt = Created, UpdatedAt = Created,
        });
        var contact = new Contact { Name = "Ana Lima", Company = "Acme", Email = "ana@acme.example", Role = "Recruiter", CreatedAt = Created, UpdatedAt = Created };
        context.Contacts.Add(contact);
        await context.SaveChangesAsync(Ct);
        context.Messages.Add(new OutreachMessage
        {
            ContactId = contact.Id, JobId = jobId, Subject = "The C# role", Body = "Hi Ana, could we talk on Tuesday?", QualityScore = 82,
            QualityJson = "{\"length\": 20}", Status = MessageStatus.Approved, CreatedAt = Created, UpdatedAt = Created, ApprovedAt = Created,
        });
        context.Documents.Add(new GeneratedDocument
        {
            ResumeId = resumeId, JobId = jobId, Kind = DocumentKind.Cv, Title = "CV for Acme", Provider = "template",
            SectionsJson = "[{\"name\":\"experience\",\"heading\":\"Experience\",\"text\":\"- Led the platform team\"}]",
            GeneratedSectionsJson = "[{\"name\":\"experience\",\"heading\":\"Experience\",\"text\":\"- Led the team\"}]",
            CreatedAt = Created, UpdatedAt = Created,
        });
        await context.SaveChangesAsync(Ct);
    }

    private async Task<string> ExportAsync()
    {
        using var response = await _sourceApi.GetAsync("/api/v1/admin/export", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private async Task<JsonElement> ImportAsync(string body)
    {
        using var response = await _targetApi.PostAsync("/api/v1/admin/import", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, answer.ToString());
        return answer;
    }
}
