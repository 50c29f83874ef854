using JobSentinel.Core.Configuration;
using JobSentinel.Web.Security;
using Microsoft.AspNetCore.Http;

namespace JobSentinel.Tests.Unit.Security;

public sealed class ApiKeyGateTests
{
    [Theory]
    [InlineData("/api/v1/admin/audit", true)]
    [InlineData("/api/v1/does-not-exist", true)]
    [InlineData("/API/V1/jobs", true)]
    [InlineData("/api/v2/anything", true)]
    [InlineData("/api/v1/healthz", true)]
    [InlineData("/api/v1/health", false)]
    [InlineData("/api/v1/health/detailed", false)]
    [InlineData("/api/v1/health/database", false)]
    [InlineData("/api/v1/version", false)]
    [InlineData("/api/v1/monitoring/metrics", false)]
    [InlineData("/health", false)]
    [InlineData("/metrics", false)]
    [InlineData("/", false)]
    [InlineData("/login", false)]
    public void IsProtected_DefaultSettings(string path, bool expected) =>
        Assert.Equal(expected, ApiKeyGateMiddleware.IsProtected(new PathString(path), new SecurityOptions()));

    [Theory]
    [InlineData("/health")]
    [InlineData("/api/v1/health/detailed")]
    public void IsProtected_HealthRequiresKeyWhenConfigured(string path) =>
        Assert.True(ApiKeyGateMiddleware.IsProtected(new PathString(path), new SecurityOptions { RequireApiKeyForHealth = true }));

    [Theory]
    [InlineData("/metrics")]
    [InlineData("/api/v1/monitoring/metrics")]
    public void IsProtected_MetricsRequireKeyWhenConfigured(string path) =>
        Assert.True(ApiKeyGateMiddleware.IsProtected(new PathString(path), new SecurityOptions { RequireApiKeyForMetrics = true }));

    [Fact]
    public void IsProtected_LivenessNeverRequiresKey() =>
        Assert.False(ApiKeyGateMiddleware.IsProtected(new PathString("/health/live"), new SecurityOptions { RequireApiKeyForHealth = true }));
}
