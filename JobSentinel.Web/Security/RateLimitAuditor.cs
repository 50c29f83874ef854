using System.Collections.Concurrent;
using JobSentinel.Core.Security;

namespace JobSentinel.Web.Security;

/// <summary>
/// Puts rate-limit violations in the audit log without letting a flood of refused requests flood it too: at most one
/// <c>ratelimit.exceeded</c> entry per client and policy a minute, saying how many requests were refused since the last one.
/// </summary>
public sealed class RateLimitAuditor(AuditLog auditLog, TimeProvider timeProvider)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private const int MaxTrackedClients = 10_000;

    private readonly ConcurrentDictionary<(string Client, string Policy), Window> _windows = new();

    public async Task RecordAsync(string client, string policy, string? remoteIp, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var window = _windows.GetOrAdd((client, policy), _ => new Window());
        int refused;
        lock (window)
        {
            window.Refused++;
            if (window.LastWritten is { } last && now - last < Interval)
            {
                return;
            }

            refused = window.Refused;
            window.Refused = 0;
            window.LastWritten = now;
        }

        if (_windows.Count > MaxTrackedClients)
        {
            foreach (var stale in _windows.Where(pair => pair.Value.LastWritten is { } at && now - at >= Interval).Select(pair => pair.Key).ToList())
            {
                _windows.TryRemove(stale, out _);
            }
        }

        await auditLog.WriteAsync(AuditKinds.RateLimitExceeded, client, remoteIp,
            $"policy {policy}: {refused} request(s) refused (at most one entry per client a minute)", cancellationToken);
    }

    private sealed class Window
    {
        public int Refused { get; set; }

        public DateTime? LastWritten { get; set; }
    }
}
