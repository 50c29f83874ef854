using Hangfire;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using JobSentinel.Core.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>The recurring Hangfire job of a source: records a run and queues it through the outbox.</summary>
public sealed partial class ScheduledScrapeJob(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    ScrapeRunService runs,
    IOptionsMonitor<ScrapingOptions> options,
    TimeProvider timeProvider,
    ILogger<ScheduledScrapeJob> logger)
{
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [JobDisplayName("Scheduled run of source {0}")]
    public async Task RunAsync(int sourceId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var source = await context.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (source is null || !source.Enabled)
        {
            return;
        }

        // An open circuit skips scheduled runs until its cool-down is over (no run is recorded).
        var coolDown = TimeSpan.FromMinutes(options.CurrentValue.CircuitCoolDownMinutes);
        if (SourceCircuitBreaker.Effective(source, timeProvider.GetUtcNow().UtcDateTime, coolDown) == CircuitState.Open)
        {
            LogSkipped(logger, source.Name);
            return;
        }

        var result = await runs.StartAsync(sourceId, ScrapeRunService.ScheduleTrigger, cancellationToken);
        if (result.Refusal is { } refusal)
        {
            LogRefused(logger, source.Name, refusal);
        }
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Scheduled run of {Source} skipped: its circuit is open")]
    private static partial void LogSkipped(ILogger logger, string source);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Scheduled run of {Source} not started: {Reason}")]
    private static partial void LogRefused(ILogger logger, string source, string reason);
}
