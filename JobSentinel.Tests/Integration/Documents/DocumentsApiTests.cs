using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace JobSentinel.Tests.Integration.Documents;

/// <summary>Generated documents through the API: read, edit, restore, Markdown, and PDFs printed by the real Chromium.</summary>
public sealed class DocumentsApiTests : IAsyncLifetime
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
    public async Task Get_SeededCv_AnswersSectionsJobProviderAndNotEdited()
    {
        var id = await GeneratedDocuments.SeedCvAsync(_factory.Services, provider: "llm:primary (gpt-4o-mini)");

        var document = await _api.GetJsonAsync($"/api/v1/documents/{id}");

        Assert.Equal("cv", document.GetProperty("kind").GetString());
        Assert.Equal("Backend Engineer", document.GetProperty("jobTitle").GetString());
        Assert.Equal("Acme", document.GetProperty("company").GetString());
        Assert.Equal("llm:primary (gpt-4o-mini)", document.GetProperty("provider").GetString());
        Assert.False(document.GetProperty("edited").GetBoolean());
        Assert.Equal(["Summary", "Experience", "Skills", "Education"], Headings(document.GetProperty("sections")));
        Assert.Equal(4, document.GetProperty("generatedSections").GetArrayLength());
        Assert.True(document.TryGetProperty("updatedAt", out _));
    }

    [Fact]
    public async Task PutThenRestore_EditsAreKeptUntilTheGeneratedVersionIsRestored()
    {
        var id = await GeneratedDocuments.SeedCvAsync(_factory.Services);
        var edit = new
        {
            title = "Jane Doe, Backend",
            sections = new object[]
            {
                new { name = "summary", heading = "Profile", text = "Edited summary." },
                new { name = "", heading = "Open Source", text = "- Maintainer of a Python library" },
            },
        };

        using var put = await _api.PutAsJsonAsync($"/api/v1/documents/{id}", edit, Token);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = await _api.GetJsonAsync($"/api/v1/documents/{id}");
        Assert.Equal("Jane Doe, Backend", saved.GetProperty("title").GetString());
        Assert.True(saved.GetProperty("edited").GetBoolean());
        Assert.Equal(["Profile", "Open Source"], Headings(saved.GetProperty("sections")));
        Assert.Equal("open-source", saved.GetProperty("sections")[1].GetProperty("name").GetString());
        Assert.Equal(["Summary", "Experience", "Skills", "Education"], Headings(saved.GetProperty("generatedSections")));

        using var restore = await _api.PostAsync($"/api/v1/documents/{id}/restore", null, Token);

        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        var restored = await restore.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.False(restored.GetProperty("edited").GetBoolean());
        Assert.Equal(["Summary", "Experience", "Skills", "Education"], Headings(restored.GetProperty("sections")));
        Assert.Equal("Jane Doe, Backend", restored.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Put_TitleOnly_KeepsTheSections()
    {
        var id = await GeneratedDocuments.SeedCvAsync(_factory.Services);

        using var put = await _api.PutAsJsonAsync($"/api/v1/documents/{id}", new { title = "Jane Doe CV" }, Token);

        var saved = await put.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("Jane Doe CV", saved.GetProperty("title").GetString());
        Assert.Equal(4, saved.GetProperty("sections").GetArrayLength());
        Assert.False(saved.GetProperty("edited").GetBoolean());
    }

    public static TheoryData<string, string> BadEdits => new()
    {
        { """{"title":"   "}""", "title" },
        { """{"sections":[{"name":"","heading":"","text":"orphan text"}]}""", "sections[0].heading" },
        { """{"sections":[{"name":"summary","heading":"Summary","text":"ok"},null]}""", "sections[1]" },
        { $$"""{"sections":[{"name":"body","heading":"Body","text":"{{new string('x', 100_001)}}"}]}""", "sections" },
    };

    [Theory]
    [MemberData(nameof(BadEdits))]
    public async Task Put_BadInput_Answers400NamingTheField_AndChangesNothing(string body, string field)
    {
        var id = await GeneratedDocuments.SeedCvAsync(_factory.Services);

        using var put = await _api.PutAsync($"/api/v1/documents/{id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Token);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var problem = await put.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var unchanged = await _api.GetJsonAsync($"/api/v1/documents/{id}");
        Assert.False(unchanged.GetProperty("edited").GetBoolean());
        Assert.Equal("Jane Doe", unchanged.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/v1/documents/9999")]
    [InlineData("PUT", "/api/v1/documents/9999")]
    [InlineData("POST", "/api/v1/documents/9999/restore")]
    [InlineData("GET", "/api/v1/documents/9999/markdown")]
    [InlineData("GET", "/api/v1/documents/9999/pdf")]
    public async Task UnknownId_Answers404ProblemDetails(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "PUT")
        {
            request.Content = JsonContent.Create(new { title = "x" });
        }

        using var response = await _api.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("9999", (await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_IsAnAttachmentWithACleanNameAndEverySection()
    {
        var id = await GeneratedDocuments.SeedCvAsync(_factory.Services);

        using var response = await _api.GetAsync($"/api/v1/documents/{id}/markdown", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("cv-acme-backend-engineer.md", response.Content.Headers.ContentDisposition?.FileName);
        var markdown = await response.Content.ReadAsStringAsync(Token);
        Assert.StartsWith("# Jane Doe\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Experience\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- Reduced deployment time by 70% with Docker and Kubernetes\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_A4AndLetter_RealChromium_SelectableTextWithEveryHeadingAndBullet()
    {
        var id = await GeneratedDocuments.SeedCvAsync(_factory.Services);

        var (a4Text, a4Size, a4Name) = await PdfAsync($"/api/v1/documents/{id}/pdf");
        var (letterText, letterSize, _) = await PdfAsync($"/api/v1/documents/{id}/pdf?format=letter");

        Assert.Equal("cv-acme-backend-engineer.pdf", a4Name);
        foreach (var text in new[] { a4Text, letterText })
        {
            foreach (var heading in GeneratedDocuments.CvSections.Select(s => s.Heading))
            {
                Assert.Contains(heading, text, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Contains("Built Python APIs on PostgreSQL serving 2,000 requests per second", text, StringComparison.Ordinal);
            Assert.Contains("Jane Doe", text, StringComparison.Ordinal);
        }

        // A4 is 595 × 842 points, US Letter 612 × 792.
        Assert.Equal(595, a4Size.Width, 1.0);
        Assert.Equal(842, a4Size.Height, 1.0);
        Assert.Equal(612, letterSize.Width, 1.0);
        Assert.Equal(792, letterSize.Height, 1.0);
    }

    [Theory]
    [InlineData("A5")]
    [InlineData("legal")]
    public async Task Pdf_UnknownFormat_Answers400NamingFormat(string format)
    {
        var id = await GeneratedDocuments.SeedCvAsync(_factory.Services);

        using var response = await _api.GetAsync($"/api/v1/documents/{id}/pdf?format={format}", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("errors").TryGetProperty("format", out _));
    }

    [Fact]
    public async Task Pdf_ChromiumMissing_Answers503WithTheReason()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, settings: new Dictionary<string, string?> { ["JobSentinel:Browser:ExecutablePath"] = "/nonexistent/chromium" });
        using var api = factory.CreateApiClient();
        var id = await GeneratedDocuments.SeedCvAsync(factory.Services);

        using var response = await api.GetAsync($"/api/v1/documents/{id}/pdf", Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Contains("/nonexistent/chromium", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var markdown = await api.GetAsync($"/api/v1/documents/{id}/markdown", Token);
        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
    }

    [Fact]
    public async Task List_FiltersByJobResumeAndKind()
    {
        var withJob = await GeneratedDocuments.SeedCvAsync(_factory.Services);
        var withoutJob = await GeneratedDocuments.SeedCvAsync(_factory.Services, withJob: false);
        var jobId = (await _api.GetJsonAsync($"/api/v1/documents/{withJob}")).GetProperty("jobId").GetInt64();

        var all = await _api.GetJsonAsync("/api/v1/documents");
        var forJob = await _api.GetJsonAsync($"/api/v1/documents?jobId={jobId}");
        var letters = await _api.GetJsonAsync("/api/v1/documents?kind=coverLetter");
        using var bad = await _api.GetAsync("/api/v1/documents?kind=poem", Token);

        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal(withoutJob, all.GetProperty("items")[0].GetProperty("id").GetInt64());
        Assert.Equal(withJob, Assert.Single(forJob.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Equal(0, letters.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task UserInterfaceDownload_NeedsTheSignedInSession()
    {
        var id = await GeneratedDocuments.SeedCvAsync(_factory.Services);
        using var anonymous = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var refused = await anonymous.GetAsync($"/ui/documents/{id}/markdown", Token);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        using var browser = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await BrowserlessLogin.SignInAsync(browser, JobSentinelFactory.AdminPassword);
        using var markdown = await browser.GetAsync($"/ui/documents/{id}/markdown", Token);
        using var badFormat = await browser.GetAsync($"/ui/documents/{id}/pdf?format=tabloid", Token);

        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        Assert.Equal("cv-acme-backend-engineer.md", markdown.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }

    private async Task<(string Text, (double Width, double Height) Size, string? FileName)> PdfAsync(string path)
    {
        using var response = await _api.GetAsync(path, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Token));
        var page = pdf.GetPage(1);
        var text = string.Join("\n", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
        return (Regex.Replace(text, @"\s+", " "), (page.Width, page.Height), response.Content.Headers.ContentDisposition?.FileName);
    }

    private static List<string?> Headings(JsonElement sections) => [.. sections.EnumerateArray().Select(s => s.GetProperty("heading").GetString())];
}
