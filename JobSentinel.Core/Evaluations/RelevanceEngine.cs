using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Evaluations;

/// <summary>
/// How relevant a resume is to one job description. Hard match: the job's required skills weigh twice its
/// preferred ones, a skill counts when the resume names it and half when it names a related skill of the
/// taxonomy, a list of alternatives ("such as Python, Ruby, or Java") counts once by its best member, and the
/// job's keywords make up 15 %. Soft match: cosine of stemmed term vectors with the resume's related skills
/// added ("tfidf"), or of embeddings when a provider is configured ("embeddings"). Weights in <see cref="RelevanceOptions"/>.
/// </summary>
/// <remarks>
/// <see cref="SkillEvidence.Evidence"/> is the resume line naming the skill, or for a skill not found the line
/// naming a related skill (null when there is none).
/// </remarks>
public sealed class RelevanceEngine(SkillTaxonomy taxonomy, IEmbeddingProvider embeddings, RelevanceOptions? options = null)
{
    private readonly RelevanceOptions _options = options ?? new RelevanceOptions();

    public async Task<RelevanceResult> EvaluateAsync(ParsedResume resume, string jobText, string? jobTitle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(jobText);

        var terms = new TermDictionary();
        var scanner = new JobTextScanner(terms, SkillMatcher.For(taxonomy));
        var job = scanner.Scan(jobText, jobTitle, keepSurfaces: true);
        var profile = ResumeProfile.Build(resume, taxonomy, terms, scanner);
        var keywords = RelevanceScoring.Keywords(job, terms, TermWeights.Uniform, _options.KeywordCount);

        var hard = RelevanceScoring.Hard(profile, job, keywords, _options);
        var soft = embeddings.IsAvailable
            ? await EmbeddingMatchAsync(resume.Text, jobTitle is null ? jobText : $"{jobTitle}\n{jobText}", cancellationToken).ConfigureAwait(false)
            : new SoftMatch(Round(RelevanceScoring.Calibrate(
                RelevanceScoring.Cosine(profile, RelevanceScoring.ResumeNorm(profile, TermWeights.Uniform), job, TermWeights.Uniform),
                RelevanceScoring.LowCosine, RelevanceScoring.HighCosine)), "tfidf");

        var experienceFit = RelevanceScoring.ExperienceFit(job.YearsRequired, resume.YearsExperience);
        var educationFit = RelevanceScoring.EducationFit(job.EducationRequired, resume.EducationLevel);
        var score = RelevanceScoring.Combine(hard.Score, soft.Score, experienceFit, educationFit, _options);
        return new RelevanceResult(
            score,
            RelevanceScoring.VerdictOf(score),
            new HardMatch(Round(hard.Score), hard.Matched, hard.Missing, hard.Evidence),
            soft,
            experienceFit,
            educationFit,
            hard.Missing,
            RelevanceSuggestions.For(profile, job, hard, terms),
            JobRequirementsExtractor.From(job, keywords));
    }

    private async Task<SoftMatch> EmbeddingMatchAsync(string resumeText, string jobText, CancellationToken cancellationToken)
    {
        var vectors = await embeddings.EmbedAsync([resumeText, jobText], cancellationToken).ConfigureAwait(false);
        if (vectors.Count != 2)
        {
            throw new InvalidOperationException($"The embeddings provider returned {vectors.Count} vectors for 2 texts.");
        }

        var cosine = EmbeddingCosine(vectors[0], vectors[1]);
        return new SoftMatch(Round(RelevanceScoring.Calibrate(cosine, RelevanceScoring.LowEmbeddingCosine, RelevanceScoring.HighEmbeddingCosine)), "embeddings");
    }

    private static double EmbeddingCosine(float[] a, float[] b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            throw new InvalidOperationException("The embeddings provider returned vectors of different or zero length.");
        }

        double dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            normA += (double)a[i] * a[i];
            normB += (double)b[i] * b[i];
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }

    private static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
