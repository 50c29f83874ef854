using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Sources;

/// <summary>Creates, changes and lists sources; saving stores without fetching (a dry fetch is <see cref="SourceTester"/>).</summary>
public sealed class SourceService(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    SourceOptionsCodec codec,
    ISourceScheduler scheduler,
    SourceChangeCounter changeCounter,
    JobSentinelMetrics metrics,
    AuditLog auditLog,
    IOptionsMonitor<ScrapingOptions> scraping,
    TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<SourceView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sources = await context.Sources.AsNoTracking().Where(s => s.Type != SourceType.Manual).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        return await ViewsAsync(context, sources, cancellationToken);
    }

    public async Task<SourceView?> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var source = await context.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return source is null ? null : (await ViewsAsync(context, [source], cancellationToken))[0];
    }

    public async Task<Source?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Name.ToLower() == name.Trim().ToLower(), cancellationToken);
    }

    public async Task<SourceSaveResult> CreateAsync(SourceDraft draft, string? actor, CancellationToken cancellationToken)
    {
        var errors = SourceValidator.Validate(draft);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await CheckNameAsync(context, draft.Name, null, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return SourceSaveResult.Invalid(errors);
        }

        var type = draft.Type!.Value;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var source = new Source
        {
            Name = draft.Name!.Trim(),
            Type = type,
            Board = Clean(draft.Board),
            Url = Clean(draft.Url),
            BaseUrl = Clean(draft.BaseUrl)?.TrimEnd('/'),
            Schedule = Clean(draft.Schedule) ?? SourceCatalog.Get(type).DefaultSchedule,
            Enabled = draft.Enabled ?? true,
            OptionsJson = codec.Encode(type, draft.Options, null),
            CreatedAt = now,
            UpdatedAt = now,
        };
        context.Sources.Add(source);
        await context.SaveChangesAsync(cancellationToken);
        metrics.TrackSource(source.Name);
        scheduler.Schedule(source);
        changeCounter.Changed();
        await auditLog.WriteAsync(AuditKinds.SourceCreated, actor, null, $"source {source.Id} '{source.Name}' ({type.ToString().ToLowerInvariant()})", cancellationToken);
        return new SourceSaveResult((await ViewsAsync(context, [source], cancellationToken))[0], new Dictionary<string, string[]>());
    }

    /// <summary>PUT semantics of the SPEC: fields left out keep their value.</summary>
    public async Task<SourceSaveResult> UpdateAsync(int id, SourceDraft changes, string? actor, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var source = await context.Sources.SingleOrDefaultAsync(s => s.Id == id && s.Type != SourceType.Manual, cancellationToken);
        if (source is null)
        {
            return SourceSaveResult.Missing;
        }

        var merged = new SourceDraft
        {
            Name = changes.Name ?? source.Name,
            Type = changes.Type ?? source.Type,
            Board = changes.Board ?? source.Board,
            Url = changes.Url ?? source.Url,
            BaseUrl = changes.BaseUrl ?? source.BaseUrl,
            Schedule = changes.Schedule ?? source.Schedule,
            Enabled = changes.Enabled ?? source.Enabled,
            Options = changes.Options ?? SourceOptionsCodec.Masked(source.OptionsJson),
        };
        var errors = SourceValidator.Validate(merged);
        await CheckNameAsync(context, merged.Name, id, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return SourceSaveResult.Invalid(errors);
        }

        var previousName = source.Name;
        source.Name = merged.Name!.Trim();
        source.Type = merged.Type!.Value;
        source.Board = Clean(merged.Board);
        source.Url = Clean(merged.Url);
        source.BaseUrl = Clean(merged.BaseUrl)?.TrimEnd('/');
        source.Schedule = Clean(merged.Schedule) ?? SourceCatalog.Get(source.Type).DefaultSchedule;
        source.Enabled = merged.Enabled!.Value;
        source.OptionsJson = codec.Encode(source.Type, merged.Options, source.OptionsJson);
        source.UpdatedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        if (previousName != source.Name)
        {
            metrics.ForgetSource(previousName);
            metrics.TrackSource(source.Name);
        }

        scheduler.Schedule(source);
        changeCounter.Changed();
        await auditLog.WriteAsync(AuditKinds.SourceUpdated, actor, null, $"source {source.Id} '{source.Name}'", cancellationToken);
        return new SourceSaveResult((await ViewsAsync(context, [source], cancellationToken))[0], new Dictionary<string, string[]>());
    }

    /// <summary>Deletes a source, its runs and its sightings; postings only it listed go with it.</summary>
    public async Task<bool> DeleteAsync(int id, string? actor, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var source = await context.Sources.SingleOrDefaultAsync(s => s.Id == id && s.Type != SourceType.Manual, cancellationToken);
        if (source is null)
        {
            return false;
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // Postings only this source listed go with it, unless the user starred, annotated or rated them.
        var orphans = context.JobSightings.Where(s => s.SourceId == id).Select(s => s.JobId)
            .Where(jobId => !context.JobSightings.Any(other => other.JobId == jobId && other.SourceId != id))
            .Where(jobId => context.Jobs.Any(j => j.Id == jobId && !j.Starred && j.Notes == null && j.Feedback == JobFeedback.None));
        var orphanIds = await orphans.Distinct().ToListAsync(cancellationToken);
        foreach (var chunk in orphanIds.Chunk(500))
        {
            await context.Database.ExecuteSqlRawAsync(
                "DELETE FROM JobsFts WHERE rowid IN (SELECT value FROM json_each({0}))", [System.Text.Json.JsonSerializer.Serialize(chunk)], cancellationToken);
            await context.Jobs.Where(j => chunk.Contains(j.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        context.Sources.Remove(source);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        scheduler.Unschedule(id);
        metrics.ForgetSource(source.Name);
        changeCounter.Changed();
        await auditLog.WriteAsync(AuditKinds.SourceDeleted, actor, null, $"source {id} '{source.Name}' and {orphanIds.Count} posting(s) only it listed", cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<SourceView>> ViewsAsync(JobSentinelDbContext context, IReadOnlyList<Source> sources, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var ids = sources.Select(s => s.Id).ToList();
        var dayAgo = now.AddDays(-1);
        var hourAgo = now.AddHours(-1);
        var recent = await context.ScrapeRuns.AsNoTracking().CountedForSuccess()
            .Where(r => ids.Contains(r.SourceId) && r.FinishedAt >= dayAgo)
            .Select(r => new { r.SourceId, r.Status, r.FinishedAt })
            .ToListAsync(cancellationToken);
        var lastRunIds = await context.ScrapeRuns.AsNoTracking()
            .Where(r => ids.Contains(r.SourceId))
            .GroupBy(r => r.SourceId)
            .Select(g => g.Max(r => r.Id))
            .ToListAsync(cancellationToken);
        var lastRuns = await context.ScrapeRuns.AsNoTracking().Where(r => lastRunIds.Contains(r.Id)).ToDictionaryAsync(r => r.SourceId, cancellationToken);
        var lastFailureIds = await context.ScrapeRuns.AsNoTracking()
            .Where(r => ids.Contains(r.SourceId) && r.Status == ScrapeRunStatus.Failed)
            .GroupBy(r => r.SourceId)
            .Select(g => g.Max(r => r.Id))
            .ToListAsync(cancellationToken);
        var lastErrors = await context.ScrapeRuns.AsNoTracking().Where(r => lastFailureIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.SourceId, r => r.Error, cancellationToken);
        var coolDown = TimeSpan.FromMinutes(scraping.CurrentValue.CircuitCoolDownMinutes);

        return [.. sources.Select(source =>
        {
            var runs = recent.Where(r => r.SourceId == source.Id).ToList();
            var lastRun = lastRuns.GetValueOrDefault(source.Id);
            return new SourceView(
                source.Id, source.Name, source.Type, source.Board, source.Url, source.BaseUrl, source.Schedule, source.Enabled,
                SourceOptionsCodec.Masked(source.OptionsJson),
                SourceCircuitBreaker.Effective(source, now, coolDown),
                source.ConsecutiveFailures,
                SourceCircuitBreaker.RetryAt(source, coolDown),
                lastRun is null ? null : ScrapeRunView.From(lastRun, source.Name),
                lastErrors.GetValueOrDefault(source.Id),
                Rate(runs.Where(r => r.FinishedAt >= hourAgo).Select(r => r.Status)),
                Rate(runs.Select(r => r.Status)),
                source.Enabled && source.Type != SourceType.Manual ? CronSchedule.Next(source.Schedule, now) : null,
                SourceCatalog.Get(source.Type).AttributionUrl,
                source.CreatedAt,
                source.UpdatedAt);
        })];
    }

    /// <summary>Share of finished runs that completed; null when there were none.</summary>
    private static double? Rate(IEnumerable<ScrapeRunStatus> statuses)
    {
        var list = statuses.ToList();
        return list.Count == 0 ? null : Math.Round((double)list.Count(s => s == ScrapeRunStatus.Completed) / list.Count, 4);
    }

    private static async Task CheckNameAsync(JobSentinelDbContext context, string? name, int? exceptId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || errors.ContainsKey("name"))
        {
            return;
        }

        var lowered = name.Trim().ToLower();
        if (await context.Sources.AnyAsync(s => s.Name.ToLower() == lowered && s.Id != exceptId, cancellationToken))
        {
            errors["name"] = [$"A source named '{name.Trim()}' exists already."];
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
