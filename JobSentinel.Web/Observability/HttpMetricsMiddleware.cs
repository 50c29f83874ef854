using System.Diagnostics;
using JobSentinel.Core.Diagnostics;

namespace JobSentinel.Web.Observability;

/// <summary>Counts and times every request by method, route template (never the raw path) and status.</summary>
public sealed class HttpMetricsMiddleware(RequestDelegate next, JobSentinelMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = RouteLabel(context);
            var method = context.Request.Method;
            metrics.HttpRequests.WithLabels(method, route, context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)).Inc();
            metrics.HttpDuration.WithLabels(method, route).Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    // Raw paths would give every job id its own time series: only route templates are labels.
    private static string RouteLabel(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern }
            ? "/" + pattern.TrimStart('/')
            : context.GetEndpoint() is { } endpoint ? endpoint.DisplayName ?? "endpoint" : "unmatched";
}
