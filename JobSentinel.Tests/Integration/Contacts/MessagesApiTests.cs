using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Core.Achievements;
using JobSentinel.Core.Data;
using JobSentinel.Core.Generation;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Contacts;

/// <summary>Outreach messages through the API: drafting (template and guarded LLM text), editing, and the approval workflow.</summary>
public sealed class MessagesApiTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly ScriptedGenerator _generator = new();
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path, services => services.AddSingleton<ITextGenerator>(_generator));
        _api = _factory.CreateApiClient();
        var contexts = _factory.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();
        await using var context = await contexts.CreateDbContextAsync(Token);
        context.StarRecords.Add(new StarRecord
        {
            Title = "Kubernetes migration",
            Company = "Initech",
            Action = "Moved 40 services to Kubernetes",
            Result = "Cut deploy time from an hour to 8 minutes",
            SkillsJson = """["Kubernetes"]""",
            Status = StarRecordStatus.Accepted,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        });
        context.StarRecords.Add(new StarRecord { Title = "Only a suggestion", Company = "Umbrella", Action = "Did something unreviewed", Status = StarRecordStatus.Suggested });
        await context.SaveChangesAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Draft_NoLlm_TemplateUsesContactJobAndAcceptedStarRecord()
    {
        var (contactId, jobId) = await ContactAndJobAsync();

        var message = await DraftAsync(contactId, jobId);

        Assert.Equal(("draft", "template", jobId), (message.GetProperty("status").GetString(), message.GetProperty("provider").GetString(), message.GetProperty("jobId").GetInt64()));
        var body = message.GetProperty("body").GetString()!;
        Assert.StartsWith("Hi Jane,", body, StringComparison.Ordinal);
        Assert.Contains("Senior Platform Engineer", body, StringComparison.Ordinal);
        Assert.Contains("at Initech I moved 40 services to Kubernetes", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Umbrella", body, StringComparison.Ordinal);
        Assert.Contains("Acme", message.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.InRange(message.GetProperty("qualityScore").GetInt32(), 80, 100);
        Assert.Equal(4, message.GetProperty("quality").GetProperty("parts").GetArrayLength());
        var listed = await _api.GetJsonAsync($"/api/v1/contacts/{contactId}/messages");
        Assert.Equal(message.GetProperty("id").GetInt64(), listed.GetProperty("items")[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Draft_LlmTextWithInventedEmployer_FallsBackToTheTemplate()
    {
        var (contactId, jobId) = await ContactAndJobAsync();
        _generator.Answer = "Subject: Platform role at Acme\n\nHi Jane,\n\nAt Google I cut cloud costs by 75%. Could we talk about the Senior Platform Engineer role?";

        var message = await DraftAsync(contactId, jobId);

        Assert.Equal("template", message.GetProperty("provider").GetString());
        Assert.DoesNotContain("Google", message.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_LlmTextFromTheSources_IsKeptWithItsProvider()
    {
        var (contactId, jobId) = await ContactAndJobAsync();
        _generator.Answer = "Subject: Senior Platform Engineer at Acme\n\nHi Jane,\n\nAt Initech I moved 40 services to Kubernetes. Would you be open to a 15-minute call?";

        var message = await DraftAsync(contactId, jobId);

        Assert.Equal("llm:primary (fake)", message.GetProperty("provider").GetString());
        Assert.Contains("At Initech I moved 40 services", message.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("Engineering Manager", _generator.LastRequest!.User, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_UnknownJob_Answers404()
    {
        var (contactId, _) = await ContactAndJobAsync();

        using var response = await _api.PostAsJsonAsync($"/api/v1/contacts/{contactId}/messages", new { jobId = 987654 }, Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Job not found", (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Draft_UnknownResume_Answers404()
    {
        var (contactId, _) = await ContactAndJobAsync();

        using var response = await _api.PostAsJsonAsync($"/api/v1/contacts/{contactId}/messages", new { resumeId = 987654 }, Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Resume not found", (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Workflow_DraftApproveSent_OnlyInThatOrder()
    {
        var (contactId, jobId) = await ContactAndJobAsync();
        var id = (await DraftAsync(contactId, jobId)).GetProperty("id").GetInt64();

        var sentTooEarly = await PostAsync($"/api/v1/messages/{id}/sent", HttpStatusCode.Conflict);
        Assert.Contains("approve it first", sentTooEarly.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var approved = await PostAsync($"/api/v1/messages/{id}/approve", HttpStatusCode.OK);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, approved.GetProperty("approvedAt").ValueKind);
        await PostAsync($"/api/v1/messages/{id}/approve", HttpStatusCode.Conflict);
        var sent = await PostAsync($"/api/v1/messages/{id}/sent", HttpStatusCode.OK);
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        await PostAsync($"/api/v1/messages/{id}/sent", HttpStatusCode.Conflict);
        await PostAsync($"/api/v1/messages/{id}/reject", HttpStatusCode.Conflict);
        using var edit = await _api.PutAsJsonAsync($"/api/v1/messages/{id}", new { body = "Changed" }, Token);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
    }

    [Fact]
    public async Task Edit_ApprovedMessage_ReturnsToDraftRescored()
    {
        var (contactId, jobId) = await ContactAndJobAsync();
        var id = (await DraftAsync(contactId, jobId)).GetProperty("id").GetInt64();
        await PostAsync($"/api/v1/messages/{id}/approve", HttpStatusCode.OK);

        using var response = await _api.PutAsJsonAsync($"/api/v1/messages/{id}", new { subject = "Hi", body = "I hope this finds you well. I am passionate." }, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var edited = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(("draft", "Hi"), (edited.GetProperty("status").GetString(), edited.GetProperty("subject").GetString()));
        Assert.Equal(JsonValueKind.Null, edited.GetProperty("approvedAt").ValueKind);
        Assert.True(edited.GetProperty("qualityScore").GetInt32() < 40);
        Assert.Contains(edited.GetProperty("quality").GetProperty("parts").EnumerateArray().SelectMany(p => p.GetProperty("reasons").EnumerateArray()),
            r => r.GetString() == "Cliché: \"passionate\".");
    }

    [Fact]
    public async Task Reject_WithReason_IsFinal()
    {
        var (contactId, jobId) = await ContactAndJobAsync();
        var id = (await DraftAsync(contactId, jobId)).GetProperty("id").GetInt64();

        using var reject = await _api.PostAsJsonAsync($"/api/v1/messages/{id}/reject", new { reason = "Too formal" }, Token);
        var rejected = await reject.Content.ReadFromJsonAsync<JsonElement>(Token);

        Assert.Equal(("rejected", "Too formal"), (rejected.GetProperty("status").GetString(), rejected.GetProperty("rejectReason").GetString()));
        await PostAsync($"/api/v1/messages/{id}/approve", HttpStatusCode.Conflict);
        await PostAsync($"/api/v1/messages/{id}/sent", HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Edit_EmptySubject_Answers400NamingTheField()
    {
        var (contactId, _) = await ContactAndJobAsync();
        var id = (await DraftAsync(contactId, null)).GetProperty("id").GetInt64();

        using var response = await _api.PutAsJsonAsync($"/api/v1/messages/{id}", new { subject = " " }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("errors").TryGetProperty("subject", out _));
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    [InlineData("sent")]
    public async Task UnknownMessage_Answers404(string action)
    {
        await PostAsync($"/api/v1/messages/999/{action}", HttpStatusCode.NotFound);
        using var put = await _api.PutAsJsonAsync("/api/v1/messages/999", new { body = "x" }, Token);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
    }

    private async Task<(long ContactId, long JobId)> ContactAndJobAsync()
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/contacts", new { name = "Jane Doe", company = "Acme", role = "Engineering Manager" }, Token);
        var contactId = (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("id").GetInt64();
        var jobId = await ContactsApiTests.AddJobAsync(_api, "<p>We run Kubernetes and Go services at scale.</p>");
        return (contactId, jobId);
    }

    private async Task<JsonElement> DraftAsync(long contactId, long? jobId)
    {
        using var response = await _api.PostAsJsonAsync($"/api/v1/contacts/{contactId}/messages", new { jobId }, Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Token);
    }

    private async Task<JsonElement> PostAsync(string path, HttpStatusCode expected)
    {
        using var response = await _api.PostAsync(path, null, Token);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Token);
    }

    /// <summary>An LLM that answers what the test says (or nothing, like an unconfigured one).</summary>
    private sealed class ScriptedGenerator : ITextGenerator
    {
        public string? Answer { get; set; }

        public LlmRequest? LastRequest { get; private set; }

        public Task<LlmOutcome> GenerateAsync(LlmRequest request, CancellationToken cancellationToken)
        {
            LastRequest = request;
            return Task.FromResult(Answer is null
                ? new LlmOutcome(null, null, 0, 0, request.User, "No LLM provider is configured.")
                : new LlmOutcome(Answer, "llm:primary (fake)", 120, 0.001, request.User, null));
        }
    }
}
