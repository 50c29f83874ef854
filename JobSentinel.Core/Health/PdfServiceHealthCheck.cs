using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobSentinel.Core.Health;

/// <summary>
/// Chromium renders PDFs: reads the cached result of <see cref="PdfServiceProbe"/> and never launches a browser.
/// Healthy before the first probe (a fresh install must not look broken), degraded when Chromium is missing or fails.
/// </summary>
public sealed class PdfServiceHealthCheck(PdfServiceProbe probe) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (probe.Latest is not { } latest)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Probe pending: Chromium has not been tried yet.",
                new Dictionary<string, object> { ["probe"] = "pending" }));
        }

        Dictionary<string, object> data = new() { ["probe"] = latest.Ok ? "ok" : "failed", ["probedAt"] = latest.At };
        if (!latest.Ok)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, latest.Error, data: data));
        }

        data["chromiumVersion"] = latest.ChromiumVersion ?? "unknown";
        data["renderMs"] = latest.RenderMs;
        return Task.FromResult(HealthCheckResult.Healthy($"Chromium {latest.ChromiumVersion} renders PDFs ({latest.RenderMs:0} ms).", data));
    }
}
