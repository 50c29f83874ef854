using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>Drives sources and runs through the public HTTP API, as an outside script would.</summary>
public static class ScrapeApi
{
    /// <summary>Settings that keep tests fast: no host rate limit to speak of, short back-off.</summary>
    public static Dictionary<string, string?> FastScraping(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["JobSentinel:Scraping:RequestsPerSecondPerHost"] = "1000",
            ["JobSentinel:Scraping:MaxRetries"] = "2",
            ["JobSentinel:Scraping:RequestTimeoutSeconds"] = "10",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<JsonElement> CreateSourceAsync(this HttpClient client, object source)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/sources", source);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating the source answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<long> StartRunAsync(this HttpClient client, int sourceId)
    {
        using var response = await client.PostAsync($"/api/v1/sources/{sourceId}/run", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Run now answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("runId").GetInt64();
    }

    /// <summary>Polls the run until it completes or fails (what a script does after 202).</summary>
    public static async Task<JsonElement> WaitForRunAsync(this HttpClient client, long runId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var run = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/scrape-runs/{runId}")).RootElement.Clone();
            var status = run.GetProperty("status").GetString();
            if (status is "completed" or "failed")
            {
                return run;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Run {runId} is still {status}.");
            }

            await Task.Delay(50);
        }
    }

    public static async Task<JsonElement> RunAndWaitAsync(this HttpClient client, int sourceId) =>
        await client.WaitForRunAsync(await client.StartRunAsync(sourceId));

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path) =>
        JsonDocument.Parse(await client.GetStringAsync(path)).RootElement.Clone();
}
