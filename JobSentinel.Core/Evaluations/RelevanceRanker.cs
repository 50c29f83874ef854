using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Evaluations;

/// <summary>
/// Ranks many postings for one resume with the arithmetic of <see cref="RelevanceEngine"/> (term-weighted soft
/// match; no embeddings, no suggestions). The resume side is prepared once; each posting is read in one pass
/// over a shared term dictionary, in parallel. Inverse document frequencies come from the postings being
/// ranked (N = their count, df = how many of them use a term), so words all of them share weigh little — which
/// is why a posting's score here can differ by a few points from an evaluation of it alone.
/// </summary>
public sealed class RelevanceRanker(SkillTaxonomy taxonomy, RelevanceOptions? options = null)
{
    private readonly RelevanceOptions _options = options ?? new RelevanceOptions();

    /// <summary>The <paramref name="limit"/> most relevant postings, best first (ties by id).</summary>
    public IReadOnlyList<RankedPosting> Rank(ParsedResume resume, IReadOnlyList<JobPostingText> postings, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);

        var terms = new TermDictionary();
        var scanner = new JobTextScanner(terms, SkillMatcher.For(taxonomy));
        var profile = ResumeProfile.Build(resume, taxonomy, terms, scanner);
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };

        var jobs = new ScannedJob[postings.Count];
        Parallel.For(0, postings.Count, parallel, i => jobs[i] = scanner.Scan(postings[i].Text, postings[i].Title, keepSurfaces: false));

        var weights = CorpusWeights(jobs, terms.Capacity);
        var resumeNorm = RelevanceScoring.ResumeNorm(profile, weights);
        var experienceFits = new double[postings.Count];
        var ranked = new RankedPosting[postings.Count];
        Parallel.For(0, postings.Count, parallel, i =>
        {
            var job = jobs[i];
            var keywords = RelevanceScoring.Keywords(job, terms, weights, _options.KeywordCount);
            var hard = RelevanceScoring.Hard(profile, job, keywords, _options);
            var soft = RelevanceScoring.Calibrate(RelevanceScoring.Cosine(profile, resumeNorm, job, weights), RelevanceScoring.LowCosine, RelevanceScoring.HighCosine);
            var score = RelevanceScoring.Combine(
                hard.Score,
                Math.Round(soft),
                RelevanceScoring.ExperienceFit(job.YearsRequired, resume.YearsExperience),
                RelevanceScoring.EducationFit(job.EducationRequired, resume.EducationLevel),
                _options);
            ranked[i] = new RankedPosting(postings[i].Id, postings[i].Title, score, RelevanceScoring.VerdictOf(score), hard.Matched, hard.Missing);
        });

        return [.. ranked.OrderByDescending(r => r.Score).ThenBy(r => r.Id).Take(limit)];
    }

    private static TermWeights CorpusWeights(ScannedJob[] jobs, int termCount)
    {
        var documentFrequencies = new int[termCount];
        foreach (var job in jobs)
        {
            foreach (var id in job.Terms.Keys)
            {
                documentFrequencies[id]++;
            }
        }

        return TermWeights.FromDocumentFrequencies(documentFrequencies, jobs.Length);
    }
}
