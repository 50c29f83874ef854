using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Health;
using JobSentinel.Web.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prometheus;

namespace JobSentinel.Web.Endpoints;

/// <summary>Health, version and metrics: public by default (see <c>JobSentinel:Security:RequireApiKeyFor*</c>).</summary>
public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/health/live", () => TypedResults.Ok(new { status = "healthy" }))
            .WithTags("Health").WithSummary("Liveness: answers while the process runs.").AllowAnonymous();
        app.MapGet("/health", OverallAsync)
            .WithTags("Health").WithSummary("Overall status: 200 healthy/degraded, 503 unhealthy.").AllowAnonymous();

        var api = app.MapGroup("/api/v1").WithTags("Health").AllowAnonymous();
        api.MapGet("/health", DetailedAsync).WithSummary("Status with every component.");
        api.MapGet("/health/detailed", DetailedAsync).WithSummary("Status with every component and its data.");
        api.MapGet("/health/{name}", OneAsync).WithSummary("One component, or 'apis' for the external services.");
        api.MapGet("/version", () => TypedResults.Ok(VersionInfo.Current)).WithTags("Version");

        var registry = app.Services.GetRequiredService<JobSentinelMetrics>().Registry;
        app.MapMetrics("/metrics", registry).AllowAnonymous();
        app.MapMetrics("/api/v1/monitoring/metrics", registry).AllowAnonymous();
    }

    private static async Task<JsonHttpResult<object>> OverallAsync(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        return TypedResults.Json<object>(new { status = HealthReportJson.StatusName(report.Status) },
            statusCode: HealthReportJson.HttpStatus(report.Status));
    }

    private static async Task<JsonHttpResult<HealthReportJson>> DetailedAsync(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        return TypedResults.Json(HealthReportJson.From(report), statusCode: HealthReportJson.HttpStatus(report.Status));
    }

    private static async Task<Results<JsonHttpResult<HealthReportJson>, ProblemHttpResult>> OneAsync(
        string name, HealthCheckService health, Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions> registrations, CancellationToken cancellationToken)
    {
        var isGroup = string.Equals(name, HealthCheckNames.ExternalTag, StringComparison.OrdinalIgnoreCase);
        if (!isGroup && !registrations.Value.Registrations.Any(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            var known = string.Join(", ", registrations.Value.Registrations.Select(r => r.Name).Append(HealthCheckNames.ExternalTag));
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown health component",
                detail: $"There is no health component named '{name}'. Known: {known}.");
        }

        var report = await health.CheckHealthAsync(
            r => isGroup ? r.Tags.Contains(HealthCheckNames.ExternalTag) : string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase),
            cancellationToken);
        return TypedResults.Json(HealthReportJson.From(report), statusCode: HealthReportJson.HttpStatus(report.Status));
    }
}
