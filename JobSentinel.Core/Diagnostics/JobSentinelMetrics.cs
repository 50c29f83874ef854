using JobSentinel.Core.Sources;
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
    public const string JobsScrapedTotal = "jobs_scraped_total";
    public const string JobsScrapedErrorsTotal = "jobs_scraped_errors_total";
    public const string ScrapeDuration = "scrape_duration_seconds";
    public const string CircuitBreakerState = "circuit_breaker_state";
    public const string AlertDeliveryLatency = "alert_delivery_latency_seconds";
    public const string AlertsPendingName = "alerts_pending";
    public const string AlertsFailedTotal = "alerts_failed_total";
    public const string ResumeAnalysisDurationName = "resume_analysis_duration_seconds";
    public const string EvaluationsQueueLengthName = "evaluations_queue_length";
    public const string PipelineRunsTotal = "pipeline_runs_total";
    public const string LlmCostUsdTotal = "llm_cost_usd_total";
    public const string HangfireServersName = "hangfire_servers";
    public const string HangfireJobsEnqueuedName = "hangfire_jobs_enqueued";
    public const string DiskUsedPercentName = "disk_used_percent";

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

        JobsScraped = factory.CreateCounter(JobsScrapedTotal, "Postings fetched by successful scrape runs, by source.",
            new CounterConfiguration { LabelNames = ["source"] });
        JobsScrapedErrors = factory.CreateCounter(JobsScrapedErrorsTotal, "Failed scrape runs, by source.",
            new CounterConfiguration { LabelNames = ["source"] });
        ScrapeDurations = factory.CreateHistogram(ScrapeDuration, "Duration of scrape runs (fetch, normalise, store), by source.",
            new HistogramConfiguration { LabelNames = ["source"], Buckets = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900] });
        CircuitStates = factory.CreateGauge(CircuitBreakerState, "Circuit breaker of each source: 0 closed, 1 half-open, 2 open.",
            new GaugeConfiguration { LabelNames = ["source"] });

        AlertLatency = factory.CreateHistogram(AlertDeliveryLatency, "Time from storing a matching posting to the channel's 2xx, by channel.",
            new HistogramConfiguration { LabelNames = ["channel"], Buckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 3600] });
        AlertsPending = factory.CreateGauge(AlertsPendingName, "Alerts waiting in the outbox (including those held by quiet hours, snooze or the digest).");
        AlertsFailed = factory.CreateCounter(AlertsFailedTotal, "Alerts that failed for good (permanent errors or too many attempts), by channel.",
            new CounterConfiguration { LabelNames = ["channel"] });

        ResumeAnalysisDuration = factory.CreateHistogram(ResumeAnalysisDurationName, "Time to read a resume file: extraction, parsing and the ATS report.",
            new HistogramConfiguration { Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 8, 12, 30] });
        EvaluationsQueueLength = factory.CreateGauge(EvaluationsQueueLengthName, "Evaluations waiting to run (queued, not yet processing).");

        PipelineRuns = factory.CreateCounter(PipelineRunsTotal, "Application pipeline runs, by status (queued, completed, failed).",
            new CounterConfiguration { LabelNames = ["status"] });
        foreach (var status in PipelineRunStatuses)
        {
            PipelineRuns.WithLabels(status);
        }

        LlmCostUsd = factory.CreateCounter(LlmCostUsdTotal, "Money spent on LLM calls, in US dollars.");

        // Set just before each scrape of /metrics by OpsGauges.
        HangfireServers = factory.CreateGauge(HangfireServersName, "Background job servers with a recent heartbeat (0 = no worker).");
        HangfireJobsEnqueued = factory.CreateGauge(HangfireJobsEnqueuedName, "Background jobs waiting in the job server's queues.");
        DiskUsedPercent = factory.CreateGauge(DiskUsedPercentName, "Used space of the data directory's disk, in percent.");

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

    /// <summary>The pipeline-run statuses whose counters exist from startup.</summary>
    public static IReadOnlyList<string> PipelineRunStatuses { get; } = ["queued", "completed", "failed"];

    public CollectorRegistry Registry { get; }

    public Counter HttpRequests { get; }

    public Histogram HttpDuration { get; }

    public Counter RateLimitRejections { get; }

    public Counter JobsScraped { get; }

    public Counter JobsScrapedErrors { get; }

    public Histogram ScrapeDurations { get; }

    public Gauge CircuitStates { get; }

    public Histogram AlertLatency { get; }

    public Gauge AlertsPending { get; }

    public Histogram ResumeAnalysisDuration { get; }

    public Gauge EvaluationsQueueLength { get; }

    public Counter AlertsFailed { get; }

    /// <summary>Application pipeline runs by status; see <see cref="PipelineRunStatuses"/>.</summary>
    public Counter PipelineRuns { get; }

    /// <summary>LLM spend in US dollars; increment with the cost of each call.</summary>
    public Counter LlmCostUsd { get; }

    public Gauge HangfireServers { get; }

    public Gauge HangfireJobsEnqueued { get; }

    public Gauge DiskUsedPercent { get; }

    /// <summary>Counts a pipeline run entering <paramref name="status"/> (queued, completed or failed).</summary>
    public void CountPipelineRun(string status) => PipelineRuns.WithLabels(status).Inc();

    /// <summary>Adds the cost of an LLM call.</summary>
    public void AddLlmCost(decimal usd) => LlmCostUsd.Inc((double)usd);

    /// <summary>Creates a channel's series at zero so that they are exported before its first alert.</summary>
    public void TrackChannel(string channel)
    {
        AlertLatency.WithLabels(channel);
        AlertsFailed.WithLabels(channel);
    }

    public void ForgetChannel(string channel)
    {
        AlertLatency.RemoveLabelled(channel);
        AlertsFailed.RemoveLabelled(channel);
    }

    /// <summary>Creates a source's series at zero so that they are exported before its first run.</summary>
    public void TrackSource(string source)
    {
        JobsScraped.WithLabels(source);
        JobsScrapedErrors.WithLabels(source);
        ScrapeDurations.WithLabels(source);
        CircuitStates.WithLabels(source);
    }

    public void SetCircuit(string source, CircuitState state) => CircuitStates.WithLabels(source).Set(state switch
    {
        CircuitState.Open => 2,
        CircuitState.HalfOpen => 1,
        _ => 0,
    });

    public void ForgetSource(string source)
    {
        JobsScraped.RemoveLabelled(source);
        JobsScrapedErrors.RemoveLabelled(source);
        ScrapeDurations.RemoveLabelled(source);
        CircuitStates.RemoveLabelled(source);
    }

    public void Dispose() => _runtimeMetrics.Dispose();
}
