using JobSentinel.Core.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobSentinel.Core;

public static class OperationalMetricsServiceCollectionExtensions
{
    /// <summary>Per-minute samples, SLOs, the daily summary and the Performance series (SPEC §5).</summary>
    public static IServiceCollection AddOperationalMetrics(this IServiceCollection services)
    {
        services.AddSingleton<HttpMinuteAggregator>();
        services.TryAddSingleton<IBackgroundQueueStats, NoBackgroundQueue>();
        services.AddSingleton<OpsGauges>();
        services.AddSingleton<OpsRecorder>();
        services.AddSingleton<SloService>();
        services.AddSingleton<DailyMetricsQueries>();
        services.AddSingleton<OpsSeriesQueries>();
        return services;
    }
}
