using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using JobSentinel.Web.Extensions;
using JobSentinel.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace JobSentinel.Web.Benchmarks;

/// <summary>Servers on 127.0.0.1 for the benchmarks: the app itself on a temporary data directory, fake boards and receivers.</summary>
internal static class BenchmarkHost
{
    public static async Task<RunningServer> StartAsync(WebApplicationBuilder builder, Action<WebApplication> configure, string? key = null)
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        configure(app);
        await app.StartAsync();
        return new RunningServer(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(), key ?? "");
    }

    /// <summary>JobSentinel as <c>run</c> starts it (Production), with a random API key that is also the admin password.</summary>
    public static Task<RunningServer> StartJobSentinelAsync(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ConfigFiles.WithoutReload([]),
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JobSentinel:DataDirectory"] = dataDirectory,
            ["JobSentinel:Security:BootstrapApiKey"] = key,
            ["JobSentinel:Security:AdminPassword"] = key,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddJobSentinel();
        return StartAsync(builder, app => app.UseJobSentinel(), key);
    }

    public static async Task<int> CreateSourceAsync(HttpClient client, string boardAddress, CancellationToken cancellationToken)
    {
        using var created = await client.PostAsJsonAsync("/api/v1/sources",
            new { name = "Benchmark board", type = "greenhouse", board = "bench", baseUrl = boardAddress }, cancellationToken);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetInt32();
    }

    /// <summary>Starts a run of the source and polls it until it completes or fails.</summary>
    public static async Task<JsonElement> RunAsync(HttpClient client, int sourceId, CancellationToken cancellationToken)
    {
        using var started = await client.PostAsync($"/api/v1/sources/{sourceId}/run", null, cancellationToken);
        started.EnsureSuccessStatusCode();
        var runId = (await started.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("runId").GetInt64();
        JsonElement run;
        do
        {
            await Task.Delay(10, cancellationToken);
            run = await client.GetFromJsonAsync<JsonElement>($"/api/v1/scrape-runs/{runId}", cancellationToken);
        }
        while (run.GetProperty("status").GetString() is "queued" or "running");

        return run;
    }

    internal sealed record RunningServer(WebApplication App, string Address, string Key) : IAsyncDisposable
    {
        public HttpClient ApiClient()
        {
            var client = new HttpClient { BaseAddress = new Uri(Address) };
            client.DefaultRequestHeaders.Add("X-API-Key", Key);
            return client;
        }

        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    internal sealed record TemporaryDirectory(string Path) : IDisposable
    {
        public static TemporaryDirectory Create() =>
            new(Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"jobsentinel-benchmark-{Guid.NewGuid():N}")).FullName);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
