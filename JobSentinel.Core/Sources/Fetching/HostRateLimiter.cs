using System.Threading.RateLimiting;
using JobSentinel.Core.Configuration;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Sources.Fetching;

/// <summary>
/// Requests per second per host, shared by every source on that host (ten Greenhouse boards are one
/// API). Requests over the rate wait their turn instead of failing.
/// </summary>
public sealed class HostRateLimiter(IOptions<ScrapingOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(host =>
    {
        var perSecond = options.Value.RequestsPerSecondPerHost;
        return RateLimitPartition.GetTokenBucketLimiter(host, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, (int)Math.Ceiling(perSecond)),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1 / perSecond),
            QueueLimit = 100_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    });

    public ValueTask<RateLimitLease> AcquireAsync(string host, CancellationToken cancellationToken) =>
        _limiter.AcquireAsync(host.ToLowerInvariant(), 1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
