using JobSentinel.Core.Configuration;
using JobSentinel.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Security;

/// <summary>
/// Runs before routing: every protected path answers 401 without a valid key, whether or not an
/// endpoint exists there, so unauthenticated callers cannot probe which routes exist.
/// </summary>
public sealed class ApiKeyGateMiddleware(RequestDelegate next, IOptionsMonitor<SecurityOptions> options, AuditLog auditLog)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsProtected(context.Request.Path, options.CurrentValue))
        {
            await next(context);
            return;
        }

        var result = await context.AuthenticateAsync(AuthSchemes.ApiKey);
        if (result.Succeeded)
        {
            context.User = result.Principal;
            await next(context);
            return;
        }

        var presented = context.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader);
        await auditLog.WriteAsync(AuditKinds.ApiKeyRejected, null, ClientAddress.Of(context),
            $"{(presented ? "invalid" : "missing")} key for {context.Request.Method} {Truncate(context.Request.Path.Value)}", context.RequestAborted);
        await context.ChallengeAsync(AuthSchemes.ApiKey);
    }

    internal static bool IsProtected(PathString path, SecurityOptions security)
    {
        if (path.StartsWithSegments("/api/v1/health") || path.Equals("/health", StringComparison.OrdinalIgnoreCase))
        {
            return security.RequireApiKeyForHealth;
        }

        if (path.StartsWithSegments("/api/v1/monitoring") || path.StartsWithSegments("/metrics"))
        {
            return security.RequireApiKeyForMetrics;
        }

        if (path.StartsWithSegments("/api/v1/version"))
        {
            return false;
        }

        return path.StartsWithSegments("/api");
    }

    private static string Truncate(string? path) => path is { Length: > 200 } ? path[..200] : path ?? "";
}
