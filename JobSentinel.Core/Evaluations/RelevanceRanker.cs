using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Evaluations;

/// <summary>
/// Ranks many postings for one resume with the arithmetic of <see cref="RelevanceEngine"/> (term-weighted soft
/// match; no embeddings, no suggestions). The resume side is prepared once; each posting is read in one pass
/// over a shared term dictionary, in parallel, and scored without evidence; only the postings returned get
/// their matched and missing skills. Inverse document frequencies come from the postings being
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
        var scores = new int[postings.Count];
        Parallel.For(0, postings.Count, parallel, i =>
        {
            var job = jobs[i];
            var keywords = RelevanceScoring.Keywords(job, terms, weights, _options.KeywordCount);
            scores[i] = Score(RelevanceScoring.HardScore(profile, job, keywords, _options), profile, resumeNorm, job, weights);
        });

        // Only the postings returned need their matched and missing skills.
        var order = new int[postings.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : postings[a].Id.CompareTo(postings[b].Id));
        var best = new RankedPosting[Math.Min(limit, order.Length)];
        for (var rank = 0; rank < best.Length; rank++)
        {
            var i = order[rank];
            var hard = RelevanceScoring.Hard(profile, jobs[i], RelevanceScoring.Keywords(jobs[i], terms, weights, _options.KeywordCount), _options);
            var score = Score(hard.Score, profile, resumeNorm, jobs[i], weights);
            best[rank] = new RankedPosting(postings[i].Id, postings[i].Title, score, RelevanceScoring.VerdictOf(score), hard.Matched, hard.Missing);
        }

        return best;
    }

    private int Score(double hard, ResumeProfile profile, double resumeNorm, ScannedJob job, TermWeights weights)
    {
        var soft = RelevanceScoring.Calibrate(RelevanceScoring.Cosine(profile, resumeNorm, job, weights), RelevanceScoring.LowCosine, RelevanceScoring.HighCosine);
        return RelevanceScoring.Combine(
            hard,
            Math.Round(soft),
            RelevanceScoring.ExperienceFit(job.YearsRequired, profile.Resume.YearsExperience),
            RelevanceScoring.EducationFit(job.EducationRequired, profile.Resume.EducationLevel),
            _options);
    }

    private static TermWeights CorpusWeights(ScannedJob[] jobs, int termCount)
    {
        var documentFrequencies = new int[termCount];
        foreach (var job in jobs)
        {
            foreach (var term in job.Terms)
            {
                documentFrequencies[term.Id]++;
            }
        }

        return TermWeights.FromDocumentFrequencies(documentFrequencies, jobs.Length);
    }
}
