using System.Globalization;
using System.Threading.RateLimiting;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Security;

/// <summary>API requests per key, answered with 429 and Retry-After (login attempts: <see cref="LoginThrottle"/>).</summary>
public static class RateLimiting
{
    public const string ApiPolicy = "api";

    public static void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // Runs after authentication: each API key has its own budget.
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var keyId = context.User.FindFirst(AuthSchemes.ApiKeyIdClaim)?.Value;
            if (keyId is null)
            {
                return RateLimitPartition.GetNoLimiter("");
            }

            var limit = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.ApiRequestsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(keyId, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });

        options.OnRejected = OnRejectedAsync;
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.RequestServices.GetRequiredService<JobSentinelMetrics>().RateLimitRejections.WithLabels(ApiPolicy).Inc();
        await context.RequestServices.GetRequiredService<RateLimitAuditor>().RecordAsync(
            $"api key '{context.User.Identity?.Name}'", ApiPolicy, ClientAddress.Of(context), cancellationToken);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Too many requests for this API key. Try again in {seconds} seconds.",
            },
        });
    }
}
