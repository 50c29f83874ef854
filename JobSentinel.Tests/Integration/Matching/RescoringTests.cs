using System.Collections.Concurrent;
using System.Net.Http.Json;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration.Matching;

/// <summary>Rescoring keeps the postings' features between runs: a changed, new or deleted posting must never be scored from stale ones.</summary>
public sealed class RescoringTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly ConcurrentDictionary<string, BoardPayloads.Job> _board = new();
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;
    private FakeBoard _server = null!;
    private int _sourceId;

    public async ValueTask InitializeAsync()
    {
        _board["1"] = new("1", "Platform Engineer", "Remote (US)", "<p>Rust services.</p>");
        _board["2"] = new("2", "Backend Engineer", "Remote (US)", "<p>Rust services.</p>");
        _server = await FakeBoard.JsonAsync("/v1/boards/acme/jobs", () => BoardPayloads.Greenhouse(_board.Values.OrderBy(j => j.Id)));
        _factory = new JobSentinelFactory(_directory.Path, settings: ScrapeApi.FastScraping());
        _api = _factory.CreateApiClient();
        _sourceId = (await _api.CreateSourceAsync(new { name = "Acme", type = "greenhouse", board = "acme", baseUrl = _server.BaseUrl })).GetProperty("id").GetInt32();
        await _api.RunAndWaitAsync(_sourceId);
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _server.DisposeAsync();
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task SavingTheProfileAgain_AfterAPostingChanged_ScoresItsNewSalary()
    {
        await SaveProfileAsync(150_000);
        await Eventually.AssertAsync(async () => Assert.Equal(2, (await ScoresAsync()).Count));
        var before = await ScoresAsync();
        Assert.Equal(before["Backend Engineer"], before["Platform Engineer"]);

        // The board states a salary in one posting (nothing added or removed); the next profile save must score it.
        _board["1"] = _board["1"] with { Content = "<p>Rust services. $200,000 - $220,000 a year.</p>" };
        await _api.RunAndWaitAsync(_sourceId);
        await SaveProfileAsync(160_000);

        await Eventually.AssertAsync(async () =>
        {
            Assert.Contains("salary 210k ≥ target 160k", (await _api.GetJsonAsync("/api/v1/jobs?q=platform")).GetProperty("items")[0].GetProperty("scoreReasons").ToString(), StringComparison.Ordinal);
            var after = await ScoresAsync();
            Assert.True(after["Platform Engineer"] > after["Backend Engineer"], $"stored scores: {string.Join(", ", after)}");
        });
    }

    private async Task SaveProfileAsync(double salaryTarget)
    {
        using var response = await _api.PutAsJsonAsync("/api/v1/profile", new { keywordsBoost = new[] { "rust" }, salaryTarget }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private async Task<Dictionary<string, double>> ScoresAsync() =>
        (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("items").EnumerateArray()
            .ToDictionary(job => job.GetProperty("title").GetString()!, job => job.GetProperty("score").GetDouble());
}
