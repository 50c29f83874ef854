using JobSentinel.Core.Operations;

namespace JobSentinel.Web.Security;

/// <summary>
/// While maintenance mode is on, every <c>/api/v1</c> request answers 503 with <c>Retry-After</c>, except health,
/// version, metrics and <c>/api/v1/admin/*</c> (which is how maintenance mode is ended and a restore started).
/// </summary>
public sealed class MaintenanceGateMiddleware(RequestDelegate next, MaintenanceMode maintenance)
{
    public const int RetryAfterSeconds = 60;

    public async Task InvokeAsync(HttpContext context)
    {
        var state = maintenance.Current;
        if (!state.Enabled || !IsHeldBack(context.Request.Path))
        {
            await next(context);
            return;
        }

        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Maintenance mode",
            detail: $"JobSentinel is in maintenance mode: {state.Reason}").ExecuteAsync(context);
    }

    internal static bool IsHeldBack(PathString path) =>
        path.StartsWithSegments("/api/v1")
        && !path.StartsWithSegments("/api/v1/health")
        && !path.StartsWithSegments("/api/v1/version")
        && !path.StartsWithSegments("/api/v1/monitoring")
        && !path.StartsWithSegments("/api/v1/admin");
}
