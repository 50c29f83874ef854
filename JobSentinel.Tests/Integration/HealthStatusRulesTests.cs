using System.Net;
using System.Text.Json;
using JobSentinel.Core.Health;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobSentinel.Tests.Integration;

/// <summary>SPEC §5: only the database and the disk make the service unhealthy; other components degrade it.</summary>
public sealed class HealthStatusRulesTests
{
    [Fact]
    public async Task Disk_AboveWarningThreshold_IsDegradedWith200()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, settings: new Dictionary<string, string?>
        {
            ["JobSentinel:Health:DiskDegradedPercent"] = "0.001",
            ["JobSentinel:Health:DiskUnhealthyPercent"] = "100",
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("degraded", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disk_AboveLimit_IsUnhealthyWith503AndAReason()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, settings: new Dictionary<string, string?>
        {
            ["JobSentinel:Health:DiskDegradedPercent"] = "0.001",
            ["JobSentinel:Health:DiskUnhealthyPercent"] = "0.002",
        });
        using var client = factory.CreateClient();

        using var overall = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        using var detailed = await client.GetAsync("/api/v1/health/detailed", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, overall.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, detailed.StatusCode);
        using var document = JsonDocument.Parse(await detailed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var disk = document.RootElement.GetProperty("checks").GetProperty("disk");
        Assert.Equal("unhealthy", disk.GetProperty("status").GetString());
        Assert.Contains("full", disk.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hangfire_WithoutAServer_DegradesButDoesNotFailTheService()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(
            directory.Path,
            services => services.RemoveAll<IHostedService>(d => IsHangfire(d.ImplementationType) || IsHangfire(d.ImplementationFactory?.Method.DeclaringType)),
            new Dictionary<string, string?> { ["JobSentinel:Health:StartupGraceSeconds"] = "0" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/health/detailed", TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("degraded", document.RootElement.GetProperty("status").GetString());
        Assert.Equal("degraded", document.RootElement.GetProperty("checks").GetProperty(HealthCheckNames.Hangfire).GetProperty("status").GetString());
    }

    private static bool IsHangfire(Type? type) => type?.Namespace?.StartsWith("Hangfire", StringComparison.Ordinal) == true;
}

internal static class ServiceCollectionTestExtensions
{
    public static void RemoveAll<T>(this IServiceCollection services, Func<ServiceDescriptor, bool> predicate)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(T) && predicate(d)).ToList())
        {
            services.Remove(descriptor);
        }
    }
}
