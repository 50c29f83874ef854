using JobSentinel.Core.Configuration;

namespace JobSentinel.Tests.Unit.Configuration;

public sealed class OptionsValidatorTests
{
    [Fact]
    public void Validate_DefaultOptions_Succeed()
    {
        Assert.True(new JobSentinelOptionsValidator().Validate(null, new JobSentinelOptions()).Succeeded);
        Assert.True(new SecurityOptionsValidator().Validate(null, new SecurityOptions()).Succeeded);
        Assert.True(new HealthOptionsValidator().Validate(null, new HealthOptions()).Succeeded);
    }

    [Fact]
    public void Validate_EmptyDataDirectory_NamesTheKey()
    {
        var result = new JobSentinelOptionsValidator().Validate(null, new JobSentinelOptions { DataDirectory = " " });

        Assert.Contains(result.Failures!, f => f.Contains("JobSentinel:DataDirectory", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SeveralBadSecurityKeys_ReportsEveryOne()
    {
        var result = new SecurityOptionsValidator().Validate(null, new SecurityOptions
        {
            BootstrapApiKey = "has space",
            LoginAttemptsPerMinute = 0,
            ApiRequestsPerMinute = 0,
            SessionHours = 0,
            MinimumPasswordLength = 4,
        });

        Assert.False(result.Succeeded);
        foreach (var key in new[] { "BootstrapApiKey", "LoginAttemptsPerMinute", "ApiRequestsPerMinute", "SessionHours", "MinimumPasswordLength" })
        {
            Assert.Contains(result.Failures!, f => f.Contains($"JobSentinel:Security:{key}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Validate_ShortConfiguredSecrets_AreAccepted()
    {
        // Automation picks short values; they are logged as a warning, not refused.
        var result = new SecurityOptionsValidator().Validate(null, new SecurityOptions { AdminPassword = "pw", BootstrapApiKey = "k" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_UnhealthyBelowDegradedDiskThreshold_NamesBothKeys()
    {
        var result = new HealthOptionsValidator().Validate(null, new HealthOptions { DiskDegradedPercent = 90, DiskUnhealthyPercent = 80 });

        Assert.Contains(result.Failures!, f => f.Contains("JobSentinel:Health:DiskUnhealthyPercent", StringComparison.Ordinal)
            && f.Contains("JobSentinel:Health:DiskDegradedPercent", StringComparison.Ordinal));
    }
}
