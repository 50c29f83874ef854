using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration.Resumes;

/// <summary>Resume and job description uploads, the synchronous analysis, and every way an upload can be wrong.</summary>
public sealed class ResumesApiTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;

    private string Uploads => Path.Combine(_directory.Path, "uploads");

    public ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path, settings: new Dictionary<string, string?> { ["JobSentinel:Uploads:MaxBytes"] = "200000" });
        _api = _factory.CreateApiClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    [Theory]
    [InlineData("jane.pdf", "pdf")]
    [InlineData("jane.docx", "docx")]
    [InlineData("jane.txt", "text")]
    public async Task Upload_EachFormat_Answers201WithParseAndAtsReport(string fileName, string format)
    {
        var content = format switch { "pdf" => ResumeFiles.Pdf(), "docx" => ResumeFiles.Docx(), _ => ResumeFiles.TextFile() };

        using var response = await _api.PostAsync("/api/v1/resumes", ResumeFiles.Form(content, fileName), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var resume = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(resume.GetProperty("id").GetInt64() > 0);
        Assert.Equal(format, resume.GetProperty("format").GetString());
        var parse = resume.GetProperty("resume");
        Assert.Equal("jane.doe@example.com", parse.GetProperty("contact").GetProperty("email").GetString());
        var skills = parse.GetProperty("skills").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("Python", skills);
        Assert.Contains("PostgreSQL", skills);
        var report = resume.GetProperty("atsReport");
        Assert.InRange(report.GetProperty("score").GetInt32(), 0, 100);
        Assert.Contains(report.GetProperty("rating").GetString(), new[] { "excellent", "good", "fair", "poor", "critical" });
        Assert.Equal(6, report.GetProperty("perAts").EnumerateObject().Count());
        Assert.Single(Directory.GetFiles(Uploads));
        Assert.Equal(response.Headers.Location!.OriginalString, $"/api/v1/resumes/{resume.GetProperty("id").GetInt64()}");
    }

    [Fact]
    public async Task Delete_RemovesTheFileTheResumeAndItsEvaluations()
    {
        var id = await UploadAsync();
        var description = await PasteDescriptionAsync();
        using (var evaluation = await _api.PostAsJsonAsync("/api/v1/evaluations", new { resumeId = id, jobDescriptionId = description }, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Accepted, evaluation.StatusCode);
        }

        using var deleted = await _api.DeleteAsync($"/api/v1/resumes/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(Directory.GetFiles(Uploads));
        using var gone = await _api.GetAsync($"/api/v1/resumes/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/evaluations")).GetProperty("total").GetInt32());
        using var again = await _api.DeleteAsync($"/api/v1/resumes/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    public static TheoryData<string, byte[], string, int, string> BadUploads => new()
    {
        { "picture renamed to .pdf", ResumeFiles.Png(), "resume.pdf", 415, "PNG" },
        { "word document named .pdf", ResumeFiles.Docx(), "resume.pdf", 415, "" },
        { "empty file", [], "resume.txt", 400, "empty" },
        { "truncated PDF", ResumeFiles.Pdf()[..200], "resume.pdf", 400, "" },
        { "too large", new byte[250_000], "resume.txt", 413, "MB" },
        { "binary junk", [0, 1, 2, 3, 0, 0, 0xFF, 0xFE, 0, 7], "resume.txt", 415, "" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task Upload_BadFile_AnswersProblemAndStoresNothing(string why, byte[] content, string fileName, int status, string detailContains)
    {
        using var response = await _api.PostAsync("/api/v1/resumes", ResumeFiles.Form(content, fileName), TestContext.Current.CancellationToken);

        Assert.True(status == (int)response.StatusCode, $"{why}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains(detailContains, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/resumes")).GetProperty("total").GetInt32());
        Assert.False(Directory.Exists(Uploads) && Directory.GetFiles(Uploads).Length > 0, $"{why}: a file was stored");
    }

    [Fact]
    public async Task Upload_WithoutAFile_Answers400()
    {
        using var json = await _api.PostAsJsonAsync("/api/v1/resumes", new { file = "x" }, TestContext.Current.CancellationToken);
        using var wrongField = await _api.PostAsync("/api/v1/resumes", ResumeFiles.Form(ResumeFiles.TextFile(), "cv.txt", "resume"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongField.StatusCode);
        Assert.Contains("'file'", (await wrongField.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Analyze_ResumeAndDescription_AnswersTheSpecShape()
    {
        using var form = ResumeFiles.Form(ResumeFiles.Pdf(), "jane.pdf", "resume");
        form.Add(new StringContent(ResumeFiles.JobDescription), "jobDescription");

        using var response = await _api.PostAsync("/api/v1/analyze", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var resume = body.GetProperty("resume");
        Assert.Equal("jane.pdf", resume.GetProperty("fileName").GetString());
        Assert.All(resume.GetProperty("skills").EnumerateArray(), s => Assert.Equal(JsonValueKind.String, s.ValueKind));
        Assert.True(resume.GetProperty("yearsExperience").GetDouble() > 5);
        Assert.Equal("bachelor", resume.GetProperty("educationLevel").GetString());
        Assert.All(resume.GetProperty("sections").EnumerateArray(), s => Assert.True(s.TryGetProperty("name", out _) && s.TryGetProperty("text", out _)));
        Assert.All(body.GetProperty("atsReport").GetProperty("issues").EnumerateArray(), issue =>
            Assert.Contains(issue.GetProperty("severity").GetString(), new[] { "critical", "high", "medium", "low" }));
        var relevance = body.GetProperty("relevance");
        Assert.InRange(relevance.GetProperty("relevanceScore").GetInt32(), 0, 100);
        Assert.Contains(relevance.GetProperty("verdict").GetString(), new[] { "high", "medium", "low" });
        var matched = relevance.GetProperty("hardMatch").GetProperty("matchedSkills").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("Python", matched);
        Assert.Contains("Go", relevance.GetProperty("missingSkills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(0, (await _api.GetJsonAsync("/api/v1/resumes")).GetProperty("total").GetInt32()); // stores nothing
    }

    [Fact]
    public async Task Analyze_WithoutDescription_HasNoRelevance()
    {
        using var response = await _api.PostAsync("/api/v1/analyze", ResumeFiles.Form(ResumeFiles.TextFile(), "jane.txt", "resume"), TestContext.Current.CancellationToken);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("relevance").ValueKind);
    }

    [Fact]
    public async Task Analyze_DescriptionAsAFile_IsReadLikeAnUpload()
    {
        using var form = ResumeFiles.Form(ResumeFiles.TextFile(), "jane.txt", "resume");
        form.Add(new ByteArrayContent(ResumeFiles.Docx(ResumeFiles.JobDescription)), "jobDescription", "job.docx");

        using var response = await _api.PostAsync("/api/v1/analyze", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var relevance = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("relevance");
        Assert.Contains("Python", relevance.GetProperty("hardMatch").GetProperty("matchedSkills").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Analyze_BinaryPastedAsDescriptionOrNoResume_Answers400()
    {
        using var binary = ResumeFiles.Form(ResumeFiles.TextFile(), "jane.txt", "resume");
        binary.Add(new StringContent(System.Text.Encoding.Latin1.GetString(ResumeFiles.Docx(ResumeFiles.JobDescription))), "jobDescription");
        using var noResume = ResumeFiles.Form(ResumeFiles.TextFile(), "jane.txt", "file");

        using var binaryResponse = await _api.PostAsync("/api/v1/analyze", binary, TestContext.Current.CancellationToken);
        using var noResumeResponse = await _api.PostAsync("/api/v1/analyze", noResume, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, binaryResponse.StatusCode);
        Assert.Contains("plain text", (await binaryResponse.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken))
            .GetProperty("errors").GetProperty("jobDescription")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noResumeResponse.StatusCode);
    }

    [Fact]
    public async Task JobDescriptions_PastedAndUploaded_Answer201WithRequirements()
    {
        using var pasted = await _api.PostAsJsonAsync("/api/v1/job-descriptions", new { title = "Backend", text = ResumeFiles.JobDescription }, TestContext.Current.CancellationToken);
        using var uploaded = await _api.PostAsync("/api/v1/job-descriptions", ResumeFiles.Form(ResumeFiles.Docx(ResumeFiles.JobDescription), "jd.docx"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, pasted.StatusCode);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var body = await uploaded.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Backend Engineer", body.GetProperty("title").GetString());
        Assert.Contains("Python", body.GetProperty("requirements").GetProperty("requiredSkills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(2, (await _api.GetJsonAsync("/api/v1/job-descriptions")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task JobDescriptions_BadBodies_Answer400()
    {
        using var empty = await _api.PostAsJsonAsync("/api/v1/job-descriptions", new { title = "x", text = " " }, TestContext.Current.CancellationToken);
        using var malformed = await _api.PostAsync("/api/v1/job-descriptions", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        using var huge = await _api.PostAsJsonAsync("/api/v1/job-descriptions", new { text = new string('a', 200_001) }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("text", (await empty.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
    }

    private async Task<long> UploadAsync()
    {
        using var response = await _api.PostAsync("/api/v1/resumes", ResumeFiles.Form(ResumeFiles.TextFile(), "jane.txt"), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
    }

    private async Task<long> PasteDescriptionAsync()
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/job-descriptions", new { text = ResumeFiles.JobDescription }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
    }
}
