using JobSentinel.Core.Alerts;
using JobSentinel.Core.Data;
using JobSentinel.Core.Live;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Profiles;

/// <summary>
/// What follows storing postings: score the new and changed ones, queue their alerts, and tell open
/// pages about the matches (a toast for those at their profile's immediate threshold).
/// </summary>
public sealed class MatchPipeline(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    MatchScorer scorer,
    AlertPlanner planner,
    ILiveEventPublisher live)
{
    public async Task<IReadOnlyList<JobScores>> ProcessAsync(IReadOnlyCollection<long> jobIds, DateTime storedAt, CancellationToken cancellationToken)
    {
        var scores = await scorer.ScoreAsync(jobIds, cancellationToken);
        if (scores.Count == 0)
        {
            return scores;
        }

        await planner.PlanAsync(scores, storedAt, cancellationToken);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var thresholds = await context.Profiles.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.ImmediateAlertThreshold, cancellationToken);
        var ids = scores.Select(s => s.JobId).ToList();
        var jobs = await context.Jobs.AsNoTracking().Where(j => ids.Contains(j.Id))
            .Select(j => new { j.Id, j.Title, j.Company }).ToDictionaryAsync(j => j.Id, cancellationToken);
        var matches = scores
            .Where(s => s.Best is { Result.Rejected: false } && jobs.ContainsKey(s.JobId))
            .Select(s => new MatchSummary(s.JobId, jobs[s.JobId].Title, jobs[s.JobId].Company, s.Best!.Result.Score, s.Best.ProfileName,
                s.Best.Result.Score >= thresholds.GetValueOrDefault(s.Best.ProfileId, 1.0)))
            .OrderByDescending(m => m.Score)
            .ToList();
        if (matches.Count > 0)
        {
            live.Publish(new MatchesFound(matches));
        }

        return scores;
    }
}
