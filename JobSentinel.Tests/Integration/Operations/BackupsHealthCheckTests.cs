using JobSentinel.Core.Backups;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Health;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JobSentinel.Tests.Integration.Operations;

public sealed class BackupsHealthCheckTests
{
    [Theory]
    [InlineData(null, "30 2 * * *", HealthStatus.Healthy, "No backup yet")]
    [InlineData(3.0, "30 2 * * *", HealthStatus.Healthy, "3 hours ago")]
    [InlineData(50.0, "30 2 * * *", HealthStatus.Degraded, "50 hours old")]
    [InlineData(50.0, "", HealthStatus.Healthy, "50 hours ago")]
    public async Task Check_AgeOfTheNewestBackup_DecidesTheStatus(double? ageHours, string schedule, HealthStatus expected, string description)
    {
        using var directory = new TempDirectory();
        await using var core = await CoreServices.BuildInitializedAsync(directory.Path, new Dictionary<string, string?> { ["JobSentinel:Backups:Schedule"] = schedule });
        if (ageHours is { } hours)
        {
            var file = Path.Combine(Directory.CreateDirectory(Path.Combine(directory.Path, "backups")).FullName, "jobsentinel-1.zip");
            await File.WriteAllTextAsync(file, "archive", TestContext.Current.CancellationToken);
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-hours));
        }

        var check = new BackupsHealthCheck(core.GetRequiredService<BackupService>(), core.GetRequiredService<Core.Settings.SettingsStore>(),
            core.GetRequiredService<IOptionsMonitor<BackupsOptions>>(), TimeProvider.System);
        var result = await check.CheckHealthAsync(new HealthCheckContext
        {
            Registration = new HealthCheckRegistration(HealthCheckNames.Backups, check, HealthStatus.Degraded, null),
        }, TestContext.Current.CancellationToken);

        Assert.Equal(expected, result.Status);
        Assert.Contains(description, result.Description, StringComparison.Ordinal);
    }
}
