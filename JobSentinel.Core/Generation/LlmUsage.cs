using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Generation;

/// <summary>This calendar month's (UTC) LLM use: spend against the cap, calls, and the breakers.</summary>
/// <param name="CapUsd">0 = no cap.</param>
public sealed record LlmUsageSummary(
    DateTime MonthStart, double CostUsd, double CapUsd, bool CapReached, int Calls, int FailedCalls, int CacheHits, IReadOnlyList<LlmBreakerView> Breakers);

/// <summary>Reads the month's spend from <see cref="LlmCall"/> rows: the basis of the monthly cost cap.</summary>
public sealed class LlmUsage(IDbContextFactory<JobSentinelDbContext> contextFactory, LlmCircuitBreakers breakers, TimeProvider timeProvider)
{
    public static DateTime MonthStart(DateTime utcNow) => new(utcNow.Year, utcNow.Month, 1, 0, 0, 0, DateTimeKind.Utc);

    public async Task<double> MonthCostAsync(CancellationToken cancellationToken)
    {
        var since = MonthStart(timeProvider.GetUtcNow().UtcDateTime);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.LlmCalls.Where(c => c.At >= since).SumAsync(c => c.CostUsd, cancellationToken);
    }

    public static bool CapReached(double monthCost, double cap) => cap > 0 && monthCost >= cap;

    public async Task<LlmUsageSummary> SummaryAsync(LlmSettings settings, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var since = MonthStart(now);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var month = context.LlmCalls.Where(c => c.At >= since);
        var cost = await month.SumAsync(c => c.CostUsd, cancellationToken);
        var calls = await month.CountAsync(c => c.Provider != LlmRoles.Cache, cancellationToken);
        var failed = await month.CountAsync(c => !c.Succeeded, cancellationToken);
        var hits = await month.CountAsync(c => c.Provider == LlmRoles.Cache, cancellationToken);
        var coolDown = TimeSpan.FromMinutes(settings.BreakerCoolDownMinutes);
        return new LlmUsageSummary(since, Math.Round(cost, 6), settings.MonthlyCostCapUsd, CapReached(cost, settings.MonthlyCostCapUsd),
            calls, failed, hits, [breakers.Primary.View(now, coolDown), breakers.Backup.View(now, coolDown)]);
    }
}
