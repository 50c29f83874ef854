using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobSentinel.Web.Observability;

/// <summary>One component in the SPEC's health shape.</summary>
public sealed record HealthCheckEntry(string Status, string? Description, double DurationMs, IReadOnlyDictionary<string, object> Data);

/// <summary>The SPEC §5 answer of <c>/api/v1/health*</c>: <c>{status, version, checks}</c>.</summary>
public sealed record HealthReportJson(string Status, string Version, IReadOnlyDictionary<string, HealthCheckEntry> Checks)
{
    public static string StatusName(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };

    /// <summary>200 unless unhealthy (503), as load balancers expect.</summary>
    public static int HttpStatus(HealthStatus status) =>
        status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;

    public static HealthReportJson From(HealthReport report) => new(
        StatusName(report.Status),
        VersionInfo.Current.Version,
        report.Entries.ToDictionary(
            entry => entry.Key,
            entry => new HealthCheckEntry(
                StatusName(entry.Value.Status),
                entry.Value.Description,
                Math.Round(entry.Value.Duration.TotalMilliseconds, 2),
                entry.Value.Data)));
}
