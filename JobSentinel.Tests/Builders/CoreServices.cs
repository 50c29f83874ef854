using JobSentinel.Core;
using JobSentinel.Core.Operations;
using JobSentinel.Web.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Tests.Builders;

/// <summary>The Core services on a real SQLite file in a temporary data directory, without the web host.</summary>
public static class CoreServices
{
    public static ServiceProvider Build(string dataDirectory, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["JobSentinel:DataDirectory"] = dataDirectory })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(dataDirectory));
        configure?.Invoke(services);
        services.AddJobSentinelCore(configuration);
        services.AddJobSentinelDataProtection();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Builds the services and brings the database to the latest migration (taking the instance lock).</summary>
    public static async Task<ServiceProvider> BuildInitializedAsync(string dataDirectory, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var provider = Build(dataDirectory, settings, configure);
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync("test", CancellationToken.None);
        return provider;
    }

    private sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "JobSentinel.Tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
