using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>Answers whatever report the test sets.</summary>
public sealed class FakeHealthCheckService : HealthCheckService
{
    public HealthReport Report { get; set; } = Build(("database", HealthStatus.Healthy), ("hangfire", HealthStatus.Healthy), ("disk", HealthStatus.Healthy));

    public static HealthReport Build(params (string Name, HealthStatus Status)[] components) =>
        new(components.ToDictionary(
                c => c.Name,
                c => new HealthReportEntry(c.Status, $"{c.Name} is {c.Status}", TimeSpan.FromMilliseconds(1), null, null)),
            TimeSpan.FromMilliseconds(3));

    public override Task<HealthReport> CheckHealthAsync(Func<HealthCheckRegistration, bool>? predicate, CancellationToken cancellationToken = default) =>
        Task.FromResult(Report);
}
