using JobSentinel.Core.Data;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Resumes;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Evaluations;

/// <summary>"Best jobs for this resume": every open stored posting ranked by relevance, read in batches so memory stays flat.</summary>
public sealed class ResumeRanking(IDbContextFactory<JobSentinelDbContext> contextFactory, ResumeService resumes, RelevanceRanker ranker)
{
    private const int BatchSize = 5_000;

    /// <summary>The top <paramref name="limit"/> postings and how many were ranked; null when there is no such resume.</summary>
    public async Task<(IReadOnlyList<BestJob> Items, int Ranked)?> BestJobsAsync(long resumeId, int limit, CancellationToken cancellationToken)
    {
        var resume = await resumes.GetParsedAsync(resumeId, cancellationToken);
        if (resume is null)
        {
            return null;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        List<RankedPosting> best = [];
        var ranked = 0;
        long after = 0;
        while (true)
        {
            var batch = await (from posting in context.Jobs.AsNoTracking()
                               join description in context.JobDescriptions on posting.Id equals description.JobId
                               where posting.Status == JobStatus.Open && posting.Id > after && description.Text != null && description.Text != ""
                               orderby posting.Id
                               select new { posting.Id, posting.Title, description.Text }).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            after = batch[^1].Id;
            ranked += batch.Count;
            best.AddRange(ranker.Rank(resume, [.. batch.Select(p => new JobPostingText(p.Id, p.Title, p.Text!))], limit, cancellationToken));
            best = [.. best.OrderByDescending(p => p.Score).ThenBy(p => p.Id).Take(limit)];
        }

        var ids = best.Select(p => p.Id).ToList();
        var postings = await context.Jobs.AsNoTracking().Where(j => ids.Contains(j.Id))
            .Select(j => new { j.Id, j.Title, j.Company, j.Location, j.Url, j.PostedAt }).ToDictionaryAsync(j => j.Id, cancellationToken);
        return ([.. best.Where(p => postings.ContainsKey(p.Id)).Select(p =>
        {
            var job = postings[p.Id];
            return new BestJob(job.Id, job.Title, job.Company, job.Location, job.Url, job.PostedAt, p.Score, p.Verdict, p.MatchedSkills, p.MissingSkills);
        })], ranked);
    }
}
