using System.Globalization;
using JobSentinel.Core.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Service-level objectives and the daily summary (SPEC §5, §7).</summary>
public static class SloApi
{
    public const int DefaultDays = 7;

    public sealed record SloResponse(IReadOnlyList<SloResult> Items);

    public sealed record DailyResponse(IReadOnlyList<DailyMetrics> Items);

    public static void MapSloApi(this RouteGroupBuilder api)
    {
        api.MapGet("/slo", GetSloAsync).WithTags("Metrics")
            .WithSummary("Each SLO with its objective, window, current value, error budget remaining, burn rate and status.");
        api.MapGet("/metrics/daily", GetDailyAsync).WithTags("Metrics")
            .WithSummary("Per UTC day (days=1..90, default 7): requests, error rate, average response time, active users, new jobs, analyses, alerts.");
    }

    private static async Task<Ok<SloResponse>> GetSloAsync(SloService slos, CancellationToken cancellationToken) =>
        TypedResults.Ok(new SloResponse(await slos.GetAsync(cancellationToken)));

    // days is read as text so that "abc" gets the same clear message as 0 or 500.
    private static async Task<Results<Ok<DailyResponse>, ValidationProblem>> GetDailyAsync(
        string? days, DailyMetricsQueries daily, CancellationToken cancellationToken)
    {
        var count = DefaultDays;
        if (days is not null
            && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > DailyMetricsQueries.MaxDays))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["days"] = [$"days must be a whole number from 1 to {DailyMetricsQueries.MaxDays}."],
            });
        }

        return TypedResults.Ok(new DailyResponse(await daily.GetAsync(count, cancellationToken)));
    }
}
