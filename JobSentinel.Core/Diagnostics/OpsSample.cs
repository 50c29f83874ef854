namespace JobSentinel.Core.Diagnostics;

/// <summary>
/// One minute of the running service, written by <see cref="OpsRecorder"/>: the stored heartbeat (a minute
/// without a row is a minute the service was down) and that minute's HTTP aggregate and resource use.
/// </summary>
public sealed class OpsSample
{
    public const int UsersMaxLength = 2000;

    public long Id { get; set; }

    /// <summary>Start of the UTC minute the row covers; unique.</summary>
    public DateTime Minute { get; set; }

    public int Requests { get; set; }

    public int ServerErrors { get; set; }

    public int ClientErrors { get; set; }

    /// <summary>Sum of the response times, for averages over any range.</summary>
    public double DurationMsSum { get; set; }

    public double? P50Ms { get; set; }

    public double? P95Ms { get; set; }

    public double? P99Ms { get; set; }

    /// <summary>Requests to <c>/api/v1/*</c>.</summary>
    public int ApiRequests { get; set; }

    /// <summary>API requests that took more than <see cref="HttpMinuteAggregator.SlowApiMs"/>.</summary>
    public int ApiSlowRequests { get; set; }

    public int RateLimited { get; set; }

    public double WorkingSetMb { get; set; }

    public double CpuPercent { get; set; }

    public int EvaluationsQueued { get; set; }

    public int AlertsPending { get; set; }

    /// <summary>Hangfire jobs waiting in its queues; null when the storage could not be read.</summary>
    public int? HangfireEnqueued { get; set; }

    /// <summary>Authenticated identities seen this minute (<c>key:{id}</c>, <c>user:{name}</c>), comma-separated.</summary>
    public string? Users { get; set; }
}
