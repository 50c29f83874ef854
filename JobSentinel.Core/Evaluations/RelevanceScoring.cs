using JobSentinel.Core.Resumes;

namespace JobSentinel.Core.Evaluations;

/// <summary>
/// The arithmetic shared by <see cref="RelevanceEngine"/> and <see cref="RelevanceRanker"/>, so that a ranked
/// list and a single evaluation agree.
/// </summary>
internal static class RelevanceScoring
{
    // Soft-match calibration: cosine of stemmed, stop-worded term vectors (1 + ln tf, related skills of the
    // resume at half weight). On the shared fixtures a resume and the description written for it sit at
    // cosine 0.29–0.45, a machine-learning resume against web and product jobs at 0.13–0.20, and a resume
    // from a neighbouring field (a former developer against a developer job) around 0.33–0.38. Mapping
    // LowCosine → 0 and HighCosine → 100 linearly puts matching pairs at about 55–100 (typically 60–90) and
    // unrelated ones under 35; neighbours land in between, where the hard match separates them.
    public const double LowCosine = 0.10;
    public const double HighCosine = 0.45;

    // Embedding cosines live higher: unrelated texts are rarely below 0.2, near-duplicates reach 0.9.
    public const double LowEmbeddingCosine = 0.20;
    public const double HighEmbeddingCosine = 0.75;

    public static bool IsRequired(JobSkill skill, ScannedJob job) =>
        skill.Role == LineRole.Required || (skill.Role == LineRole.Body && !job.HasRequiredSection);

    /// <summary>Skills the job asks for, required first, in order of first mention; blurb-only skills left out.</summary>
    public static IEnumerable<JobSkill> Asked(ScannedJob job) =>
        job.Skills.Values.Where(s => s.Role != LineRole.Blurb).OrderBy(s => IsRequired(s, job) ? 0 : 1);

    /// <summary>The job's weightiest non-skill terms: (1 + ln tf) × idf, longer words first on ties.</summary>
    public static IReadOnlyList<int> Keywords(ScannedJob job, TermDictionary terms, TermWeights weights, int count)
    {
        // Words of skill names stay out even where they stand alone ("design" of "Responsive Design").
        HashSet<int> skillWords = [];
        foreach (var skill in job.Skills.Keys)
        {
            skillWords.UnionWith(terms.WordsOf(skill.Name));
        }

        // Top-k by insertion: a posting has a few hundred candidates and we keep about 15.
        var top = new List<(double Weight, int Length, int Id)>(count + 1);
        foreach (var (id, occurrences) in job.KeywordCandidates)
        {
            if (skillWords.Contains(id))
            {
                continue;
            }

            var candidate = (Weight: (1 + Math.Log(occurrences)) * weights.Idf(id), Length: terms.TermOf(id).Length, Id: id);
            var at = top.Count;
            while (at > 0 && Before(candidate, top[at - 1]))
            {
                at--;
            }

            if (at < count)
            {
                top.Insert(at, candidate);
                if (top.Count > count)
                {
                    top.RemoveAt(count);
                }
            }
        }

        return [.. top.Select(k => k.Id)];

        static bool Before((double Weight, int Length, int Id) a, (double Weight, int Length, int Id) b) =>
            a.Weight != b.Weight ? a.Weight > b.Weight : a.Length != b.Length ? a.Length > b.Length : a.Id < b.Id;
    }

    public static HardOutcome Hard(ResumeProfile resume, ScannedJob job, IReadOnlyList<int> keywords, RelevanceOptions options)
    {
        List<SkillEvidence> evidence = [];
        List<string> matched = [];
        List<string> missing = [];
        List<string> relatedOnly = [];
        double earned = 0, possible = 0;

        var asked = Asked(job).ToList();
        var weightOf = asked.ToDictionary(s => s.Skill.Name, s => IsRequired(s, job) ? options.RequiredSkillWeight : options.PreferredSkillWeight, StringComparer.OrdinalIgnoreCase);

        // A list of alternatives is one requirement: the best member counts, the others are not missing.
        HashSet<string> satisfied = new(StringComparer.OrdinalIgnoreCase);
        HashSet<string> grouped = new(StringComparer.OrdinalIgnoreCase);
        foreach (var group in DistinctGroups(job, asked))
        {
            var best = group.Max(resume.Credit);
            var weight = group.Max(name => weightOf[name]);
            earned += weight * best;
            possible += weight;
            grouped.UnionWith(group);
            if (best >= 1)
            {
                satisfied.UnionWith(group);
            }
        }

        foreach (var skill in asked)
        {
            var name = skill.Skill.Name;
            var required = IsRequired(skill, job);
            var credit = resume.Credit(name);
            if (!grouped.Contains(name))
            {
                earned += weightOf[name] * credit;
                possible += weightOf[name];
            }

            if (credit >= 1)
            {
                matched.Add(name);
                evidence.Add(new SkillEvidence(name, required, true, resume.Held[name]));
                continue;
            }

            var related = resume.Related.TryGetValue(name, out var via);
            evidence.Add(new SkillEvidence(name, required, false, related ? via.Evidence : null));
            if (!satisfied.Contains(name))
            {
                missing.Add(name);
                if (related)
                {
                    relatedOnly.Add(name);
                }
            }
        }

        var keywordsFound = keywords.Count(resume.Terms.ContainsKey);
        var keywordShare = keywords.Count == 0 ? 0 : (double)keywordsFound / keywords.Count;
        var score = possible > 0
            ? 100 * (((1 - options.KeywordShare) * earned / possible) + (options.KeywordShare * keywordShare))
            : 100 * keywordShare;
        return new HardOutcome(score, evidence, matched, missing, relatedOnly, [.. keywords.Where(k => !resume.Terms.ContainsKey(k))]);
    }

    public static double ResumeNorm(ResumeProfile resume, TermWeights weights) =>
        Math.Sqrt(resume.Terms.Sum(kv => Square(kv.Value * weights.Idf(kv.Key))));

    public static double Cosine(ResumeProfile resume, double resumeNorm, ScannedJob job, TermWeights weights)
    {
        double dot = 0, jobNorm = 0;
        foreach (var (id, count) in job.Terms)
        {
            var idf = weights.Idf(id);
            var w = (1 + Math.Log(count)) * idf;
            jobNorm += w * w;
            if (resume.Terms.TryGetValue(id, out var r))
            {
                dot += w * r * idf;
            }
        }

        return dot == 0 ? 0 : dot / (Math.Sqrt(jobNorm) * resumeNorm);
    }

    public static double Calibrate(double cosine, double low, double high) => 100 * Math.Clamp((cosine - low) / (high - low), 0, 1);

    /// <summary>1 when the resume has the years asked for (or none are stated), proportionally less below.</summary>
    public static double ExperienceFit(double? required, double years) =>
        required is > 0 ? Math.Clamp(years / required.Value, 0, 1) : 1;

    /// <summary>1 when the resume's degree is at least the one asked for; a quarter less per level short.</summary>
    public static double EducationFit(EducationLevel? required, EducationLevel have) =>
        required is { } level && have < level ? Math.Max(0, 1 - (0.25 * (level - have))) : 1;

    public static int Combine(double hard, double soft, double experienceFit, double educationFit, RelevanceOptions options)
    {
        var blended = ((options.HardWeight * hard) + (options.SoftWeight * soft)) / (options.HardWeight + options.SoftWeight);
        var adjusted = blended
            * (1 - (options.ExperiencePenalty * (1 - experienceFit)))
            * (1 - (options.EducationPenalty * (1 - educationFit)));
        return (int)Math.Round(Math.Clamp(adjusted, 0, 100), MidpointRounding.AwayFromZero);
    }

    public static Verdict VerdictOf(int score) => score >= 80 ? Verdict.High : score >= 50 ? Verdict.Medium : Verdict.Low;

    private static IEnumerable<string[]> DistinctGroups(ScannedJob job, List<JobSkill> asked)
    {
        HashSet<string> eligible = new(asked.Where(s => s.OnlyAsAlternative).Select(s => s.Skill.Name), StringComparer.OrdinalIgnoreCase);
        HashSet<string> seen = new(StringComparer.OrdinalIgnoreCase);
        foreach (var group in job.Alternatives)
        {
            string[] members = [.. group.Where(eligible.Contains).Where(seen.Add)];
            if (members.Length >= 2)
            {
                yield return members;
            }
            else if (members.Length == 1)
            {
                // Alone, it is an ordinary requirement again.
                eligible.Remove(members[0]);
                seen.Remove(members[0]);
            }
        }
    }

    private static double Square(double x) => x * x;
}
