using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Web.Security;

namespace JobSentinel.Web.Observability;

/// <summary>
/// Counts and times every request by method, route template (never the raw path) and status, and adds it to
/// the current minute's aggregate that <see cref="OpsRecorder"/> stores.
/// </summary>
public sealed class HttpMetricsMiddleware(RequestDelegate next, JobSentinelMetrics metrics, HttpMinuteAggregator minute)
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
            var elapsed = Stopwatch.GetElapsedTime(started);
            var route = RouteLabel(context);
            var method = context.Request.Method;
            var status = context.Response.StatusCode;
            metrics.HttpRequests.WithLabels(method, route, status.ToString(CultureInfo.InvariantCulture)).Inc();
            metrics.HttpDuration.WithLabels(method, route).Observe(elapsed.TotalSeconds);
            minute.Record(context.Request.Path.Value ?? "/", status, elapsed.TotalMilliseconds, UserOf(context.User));
        }
    }

    // Raw paths would give every job id its own time series: only route templates are labels.
    private static string RouteLabel(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern }
            ? "/" + pattern.TrimStart('/')
            : context.GetEndpoint() is { } endpoint ? endpoint.DisplayName ?? "endpoint" : "unmatched";

    // Who was active, for the daily summary: the API key's id or the signed-in admin's name (never a secret).
    private static string? UserOf(ClaimsPrincipal user) =>
        user.FindFirst(AuthSchemes.ApiKeyIdClaim)?.Value is { } keyId ? "key:" + keyId
        : user.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name
        : null;
}
