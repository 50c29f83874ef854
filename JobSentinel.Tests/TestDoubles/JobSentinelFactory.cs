using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>
/// The real app in-process, on a temporary data directory (a real SQLite file on disk), with a known
/// admin password and API key. Several factories may share one directory to test restarts.
/// </summary>
public sealed class JobSentinelFactory(string dataDirectory, Action<IServiceCollection>? configureServices = null, IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-api-key-0123456789";
    public const string AdminPassword = "correct horse battery staple";

    public string DataDirectory { get; } = dataDirectory;

    public HttpClient CreateApiClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-API-Key", ApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("JobSentinel:DataDirectory", DataDirectory);
        builder.UseSetting("JobSentinel:Security:AdminPassword", AdminPassword);
        builder.UseSetting("JobSentinel:Security:BootstrapApiKey", ApiKey);
        builder.UseSetting("JobSentinel:Health:MonitorIntervalSeconds", "1");

        // Not a Chromium per test app: the tests of the pdf_service check start the probe themselves.
        builder.UseSetting("JobSentinel:Health:PdfProbeDelaySeconds", "86400");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }
}
