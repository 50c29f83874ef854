using System.Net;
using System.Text.Json;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration;

public sealed class OpenApiAndLoggingTests
{
    [Fact]
    public async Task OpenApiDocument_DescribesTheApiAndItsKeyScheme()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path);
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var root = document.RootElement;
        Assert.Equal("JobSentinel API", root.GetProperty("info").GetProperty("title").GetString());
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("X-API-Key", scheme.GetProperty("name").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        var paths = root.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/admin/api-keys", out _));
        Assert.True(paths.TryGetProperty("/api/v1/health/detailed", out _));

        using var reference = await client.GetAsync("/api-docs", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task JsonConsoleLogging_WritesOneJsonObjectPerLine()
    {
        using var directory = new TempDirectory();
        await using var app = AppProcess.Start(directory.Path, new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "json",
            ["JobSentinel__Security__AdminPassword"] = "a configured password",
        });
        await app.WaitUntilHealthyAsync();
        await app.WaitForOutputAsync(output => output.Contains("Application started", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        var lines = app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("Category", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
        }
    }
}
