using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using JobSentinel.Core.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Postings;

/// <summary>What the user does to postings: star, hide, notes, feedback, and adding one by hand.</summary>
public sealed class JobTriage(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    JobSearch search,
    JobStore store,
    PostingNormalizer normalizer,
    Profiles.MatchPipeline matching,
    Profiles.MatchScorer scorer,
    Profiles.ProfileService profiles,
    TimeProvider timeProvider)
{
    public const string ManualSourceName = "Added by hand";

    public async Task<JobView?> PatchAsync(long id, JobPatch patch, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var job = await context.Jobs.SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
        {
            return null;
        }

        job.Starred = patch.Starred ?? job.Starred;
        job.Hidden = patch.Hidden ?? job.Hidden;
        job.Notes = patch.Notes is null ? job.Notes : patch.Notes.Trim() is { Length: > 0 } notes ? notes : null;
        var before = job.Feedback;
        job.Feedback = patch.Feedback ?? job.Feedback;
        await context.SaveChangesAsync(cancellationToken);
        if (job.Feedback != before && job.Feedback != JobFeedback.None)
        {
            await LearnAsync(id, job.Feedback == JobFeedback.Up, cancellationToken);
        }

        return await search.GetAsync(id, cancellationToken);
    }

    /// <summary>Stores a posting from a URL and a pasted description; the same URL again updates it.</summary>
    public async Task<JobView> AddManualAsync(ManualJobDraft draft, CancellationToken cancellationToken)
    {
        var sourceId = await ManualSourceIdAsync(cancellationToken);
        var description = draft.Description!.Trim();
        var isHtml = description.Contains('<', StringComparison.Ordinal) && description.Contains('>', StringComparison.Ordinal);
        var url = Normalization.UrlCanonicalizer.Canonicalize(draft.Url) ?? draft.Url!.Trim();
        var raw = new RawPosting
        {
            ExternalId = url,
            Title = draft.Title?.Trim() is { Length: > 0 } title ? title : FirstLine(description, isHtml),
            Company = draft.Company?.Trim() is { Length: > 0 } company ? company : CompanyFromUrl(url),
            Location = draft.Location?.Trim(),
            Url = url,
            DescriptionHtml = isHtml ? description : null,
            DescriptionText = isHtml ? null : description,
        };
        var known = await store.LoadContentHashesAsync(sourceId, cancellationToken);
        var posting = normalizer.NormalizeAll([raw], "", known, cancellationToken);
        var result = await store.IngestAsync(sourceId, posting, timeProvider.GetUtcNow().UtcDateTime, closeAfterMissedRuns: null, cancellationToken);
        var id = result.NewJobIds.Count > 0
            ? result.NewJobIds[0]
            : await IdOfSightingAsync(sourceId, url, cancellationToken);
        await matching.ProcessAsync([id], timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        return (await search.GetAsync(id, cancellationToken))!;
    }

    // Thumbs up/down teaches every profile through the terms the posting matched for it.
    private async Task LearnAsync(long id, bool thumbsUp, CancellationToken cancellationToken)
    {
        if ((await scorer.ExplainAsync([id], cancellationToken)).TryGetValue(id, out var scores))
        {
            await profiles.LearnAsync(scores.Matches.ToDictionary(m => m.ProfileId, m => m.Result.MatchedTerms), thumbsUp, cancellationToken);
        }
    }

    private async Task<long> IdOfSightingAsync(int sourceId, string externalId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.JobSightings.Where(s => s.SourceId == sourceId && s.ExternalId == externalId).Select(s => s.JobId).SingleAsync(cancellationToken);
    }

    private async Task<int> ManualSourceIdAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await context.Sources.Where(s => s.Type == SourceType.Manual).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var source = new Source
        {
            Name = ManualSourceName,
            Type = SourceType.Manual,
            Schedule = SourceCatalog.Get(SourceType.Manual).DefaultSchedule,
            Enabled = false,
            CreatedAt = now,
            UpdatedAt = now,
        };
        context.Sources.Add(source);
        await context.SaveChangesAsync(cancellationToken);
        return source.Id;
    }

    private static string FirstLine(string description, bool isHtml)
    {
        var text = isHtml ? Normalization.HtmlContent.ToText(description) : description;
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "Job";
        return line.Length > 120 ? line[..120] : line;
    }

    private static string CompanyFromUrl(string url)
    {
        var host = new Uri(url).Host;
        var parts = host.Split('.');
        var name = parts.Length >= 2 ? parts[^2] : host;
        return System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name);
    }
}
