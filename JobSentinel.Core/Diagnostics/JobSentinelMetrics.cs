using Prometheus;

namespace JobSentinel.Core.Diagnostics;

/// <summary>
/// Every Prometheus metric of the app, in one registry per app instance. prometheus-net exports each
/// metric from startup with value zero (OpenTelemetry's exporter omits unobserved instruments).
/// </summary>
public sealed class JobSentinelMetrics : IDisposable
{
    public const string HttpRequestsTotal = "http_requests_total";
    public const string HttpRequestDuration = "http_request_duration_seconds";
    public const string RateLimitRejectionsTotal = "rate_limit_rejections_total";

    private readonly IDisposable _runtimeMetrics;

    public JobSentinelMetrics()
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);

        HttpRequests = factory.CreateCounter(HttpRequestsTotal, "HTTP requests answered, by method, route template and status code.",
            new CounterConfiguration { LabelNames = ["method", "route", "status"] });
        HttpDuration = factory.CreateHistogram(HttpRequestDuration, "Time to answer HTTP requests, by method and route template.",
            new HistogramConfiguration
            {
                LabelNames = ["method", "route"],
                Buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
            });
        RateLimitRejections = factory.CreateCounter(RateLimitRejectionsTotal, "Requests refused by a rate limit, by policy.",
            new CounterConfiguration { LabelNames = ["policy"] });
        foreach (var policy in RateLimitPolicies)
        {
            RateLimitRejections.WithLabels(policy);
        }

        // .NET runtime metrics: process_* and dotnet_* collectors plus the built-in System.Runtime meter.
        DotNetStats.Register(Registry);
        _runtimeMetrics = MeterAdapter.StartListening(new MeterAdapterOptions
        {
            Registry = Registry,
            InstrumentFilterPredicate = instrument => instrument.Meter.Name == "System.Runtime",
        });
    }

    /// <summary>The rate-limit policies whose rejection counters exist from startup.</summary>
    public static IReadOnlyList<string> RateLimitPolicies { get; } = ["login", "api"];

    public CollectorRegistry Registry { get; }

    public Counter HttpRequests { get; }

    public Histogram HttpDuration { get; }

    public Counter RateLimitRejections { get; }

    public void Dispose() => _runtimeMetrics.Dispose();
}
