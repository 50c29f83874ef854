using JobSentinel.Core.Health;
using JobSentinel.Web.BackgroundJobs;
using JobSentinel.Web.Observability;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobSentinel.Web.Extensions;

public static class ObservabilityExtensions
{
    public static void AddObservability(this WebApplicationBuilder builder)
    {
        builder.AddFileLogging();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
            // Never leak exception details to clients; the log has them under the request id.
            context.ProblemDetails.Extensions.Remove("exception");
        });

        builder.Services.AddExceptionHandler<StorageFailureExceptionHandler>();
        // Binding failures throw so BadRequestExceptionHandler can say what was wrong with the request.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Only the database and the disk make the service unhealthy; every other component degrades it.
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(HealthCheckNames.Database, HealthStatus.Unhealthy)
            .AddCheck<HangfireHealthCheck>(HealthCheckNames.Hangfire, HealthStatus.Degraded)
            .AddCheck<DiskHealthCheck>(HealthCheckNames.Disk, HealthStatus.Unhealthy)
            .AddCheck<SourcesHealthCheck>(HealthCheckNames.Sources, HealthStatus.Degraded, [HealthCheckNames.ExternalTag])
            .AddCheck<AlertsHealthCheck>(HealthCheckNames.Alerts, HealthStatus.Degraded, [HealthCheckNames.ExternalTag])
            .AddCheck<ModelsHealthCheck>(HealthCheckNames.Models, HealthStatus.Degraded)
            .AddCheck<BackupsHealthCheck>(HealthCheckNames.Backups, HealthStatus.Degraded)
            .AddCheck<PdfServiceHealthCheck>(HealthCheckNames.PdfService, HealthStatus.Degraded)
            .AddCheck<LlmHealthCheck>(HealthCheckNames.Llm, HealthStatus.Degraded, [HealthCheckNames.ExternalTag])
            .AddCheck<Core.Pipeline.PipelineRunnerHealthCheck>(Core.Pipeline.PipelineRunnerHealthCheck.Name, HealthStatus.Degraded);
        builder.Services.AddHealthProbes(builder.Configuration);
        builder.Services.AddSingleton<DiskHealthCheck>();
        builder.Services.AddSingleton<SourcesHealthCheck>();
        builder.Services.AddSingleton<AlertsHealthCheck>();
        builder.Services.AddSingleton<ModelsHealthCheck>();

        builder.Services.AddSingleton<HealthMonitor>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<HealthMonitor>());
    }

    public static void UseObservability(this WebApplication app)
    {
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<HttpMetricsMiddleware>();

        // API-like requests get ProblemDetails; browsers get the app's error and not-found pages.
        app.UseWhen(IsApiLike, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApiLike(context), ui =>
        {
            ui.UseExceptionHandler("/error", createScopeForErrors: true);
            ui.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
    }

    internal static bool IsApiLike(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics")
            || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/openapi")
            || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content") || path.StartsWithSegments("/_blazor"))
        {
            return true;
        }

        var accept = context.Request.Headers.Accept.ToString();
        return !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
