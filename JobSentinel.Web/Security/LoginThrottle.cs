using System.Threading.RateLimiting;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Diagnostics;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Security;

/// <summary>Login attempts per client address (default 10 a minute).</summary>
public sealed class LoginThrottle(IOptions<SecurityOptions> options, JobSentinelMetrics metrics) : IDisposable
{
    public const string PolicyName = "login";

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LoginAttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when the attempt may go ahead, else how long the address must wait.</summary>
    public TimeSpan? TryAttempt(string clientAddress)
    {
        using var lease = _limiter.AttemptAcquire(clientAddress);
        if (lease.IsAcquired)
        {
            return null;
        }

        metrics.RateLimitRejections.WithLabels(PolicyName).Inc();
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
