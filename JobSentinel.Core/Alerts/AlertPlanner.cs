using JobSentinel.Core.Data;
using JobSentinel.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Alerts;

/// <summary>
/// Turns freshly scored postings into outbox rows: immediate alerts at or above the channel's
/// minimum (or the profile's immediate threshold), digest alerts between the profile's digest
/// minimum and that. The (channel, posting) key keeps a posting from being alerted twice.
/// </summary>
public sealed class AlertPlanner(IDbContextFactory<JobSentinelDbContext> contextFactory, AlertSignal signal, Features.FeatureFlags flags, TimeProvider timeProvider)
{
    /// <summary>Queues the alerts the scores call for; answers how many were new.</summary>
    public async Task<int> PlanAsync(IReadOnlyList<JobScores> scores, DateTime matchedAt, CancellationToken cancellationToken)
    {
        if (scores.Count == 0)
        {
            return 0;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var channels = await context.AlertChannels.AsNoTracking().Where(c => c.Enabled).ToListAsync(cancellationToken);
        if (channels.Count == 0)
        {
            return 0;
        }

        var thresholds = await context.Profiles.AsNoTracking()
            .ToDictionaryAsync(p => p.Id, p => (p.ImmediateAlertThreshold, p.DigestMinScore), cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        List<Alert> alerts = [];
        foreach (var channel in channels)
        {
            // The 'digest' flag off: no digest is planned (nor sent by the dispatcher).
            var digest = channel.DigestEnabled && await flags.IsEnabledAsync(Features.FeatureNames.Digest, DigestSubject(channel.Id), cancellationToken);
            foreach (var score in scores)
            {
                var match = channel.ProfileId is { } profileId ? score.Matches.FirstOrDefault(m => m.ProfileId == profileId) : score.Best;
                if (match is null || match.Result.Rejected || !thresholds.TryGetValue(match.ProfileId, out var profile))
                {
                    continue;
                }

                var immediate = channel.MinScore ?? profile.ImmediateAlertThreshold;
                AlertKind? kind = match.Result.Score >= immediate ? AlertKind.Immediate
                    : digest && match.Result.Score >= Math.Min(profile.DigestMinScore, immediate) ? AlertKind.Digest
                    : null;
                if (kind is { } chosen)
                {
                    alerts.Add(new Alert
                    {
                        ChannelId = channel.Id,
                        JobId = score.JobId,
                        ProfileId = match.ProfileId,
                        Score = match.Result.Score,
                        Kind = chosen,
                        Status = AlertStatus.Pending,
                        MatchedAt = matchedAt,
                        CreatedAt = now,
                    });
                }
            }
        }

        var added = await InsertNewAsync(context, alerts, cancellationToken);
        if (added > 0)
        {
            signal.Set();
        }

        return added;
    }

    /// <summary>What the 'digest' flag's percentage rollout is decided on: the channel.</summary>
    internal static string DigestSubject(int channelId) => $"channel:{channelId}";

    // INSERT ... ON CONFLICT DO NOTHING: a posting already alerted (or queued) on a channel stays as it is.
    private static async Task<int> InsertNewAsync(JobSentinelDbContext context, List<Alert> alerts, CancellationToken cancellationToken)
    {
        var added = 0;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        foreach (var alert in alerts)
        {
            added += await context.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO Alerts (ChannelId, JobId, ProfileId, Score, Kind, Status, Attempts, MatchedAt, CreatedAt)
                VALUES ({alert.ChannelId}, {alert.JobId}, {alert.ProfileId}, {alert.Score}, {alert.Kind.ToString()}, {alert.Status.ToString()}, 0, {alert.MatchedAt}, {alert.CreatedAt})
                ON CONFLICT (ChannelId, JobId) DO NOTHING
                """, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }
}
