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

    // 1 + ln n for the small counts nearly every term has, computed once (the same values Math.Log gives).
    private static readonly double[] DampedCounts = [.. Enumerable.Range(0, 64).Select(n => 1 + Math.Log(n))];

    // Scratch lists of the thread scoring a job; each call starts by clearing the ones it uses.
    [ThreadStatic]
    private static List<JobSkill>? t_asked;

    [ThreadStatic]
    private static List<int>? t_skillWords;

    [ThreadStatic]
    private static List<(double Weight, int Length, int Id)>? t_top;

    public static bool IsRequired(JobSkill skill, ScannedJob job) =>
        skill.Role == LineRole.Required || (skill.Role == LineRole.Body && !job.HasRequiredSection);

    /// <summary>Skills the job asks for, required first, in order of first mention; blurb-only skills left out.</summary>
    public static List<JobSkill> Asked(ScannedJob job)
    {
        List<JobSkill> asked = new(job.Skills.Length);
        AddAsked(job, asked);
        return asked;
    }

    /// <summary>The job's weightiest non-skill terms: (1 + ln tf) × idf, longer words first on ties.</summary>
    public static int[] Keywords(ScannedJob job, TermDictionary terms, TermWeights weights, int count)
    {
        // Words of skill names stay out even where they stand alone ("design" of "Responsive Design").
        var skillWords = t_skillWords ??= [];
        skillWords.Clear();
        foreach (var skill in job.Skills)
        {
            skillWords.AddRange(terms.WordsOf(skill.Skill.Name));
        }

        // Top-k by insertion: a posting has a few hundred candidates and we keep about 15.
        var top = t_top ??= [];
        top.Clear();
        foreach (var (id, _, occurrences) in job.Terms)
        {
            if (occurrences == 0)
            {
                continue;
            }

            // Most candidates weigh less than the last one kept: drop them before looking up anything else.
            var weight = Damped(occurrences) * weights.Idf(id);
            if ((top.Count >= count && (count == 0 || weight < top[^1].Weight)) || System.Runtime.InteropServices.CollectionsMarshal.AsSpan(skillWords).Contains(id))
            {
                continue;
            }

            var candidate = (Weight: weight, Length: terms.TermOf(id).Length, Id: id);
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

        var keywords = new int[top.Count];
        for (var i = 0; i < keywords.Length; i++)
        {
            keywords[i] = top[i].Id;
        }

        return keywords;

        static bool Before((double Weight, int Length, int Id) a, (double Weight, int Length, int Id) b) =>
            a.Weight != b.Weight ? a.Weight > b.Weight : a.Length != b.Length ? a.Length > b.Length : a.Id < b.Id;
    }

    public static HardOutcome Hard(ResumeProfile resume, ScannedJob job, IReadOnlyList<int> keywords, RelevanceOptions options)
    {
        var details = new HardDetails();
        var score = HardScore(resume, job, keywords, options, details);
        List<int> missingKeywords = [];
        for (var i = 0; i < keywords.Count; i++)
        {
            if (!resume.Terms.ContainsKey(keywords[i]))
            {
                missingKeywords.Add(keywords[i]);
            }
        }

        return new HardOutcome(score, details.Evidence, details.Matched, details.Missing, details.RelatedOnly, missingKeywords);
    }

    /// <summary>The hard match's score alone, as <see cref="Hard"/> computes it, for ranking many postings.</summary>
    public static double HardScore(ResumeProfile resume, ScannedJob job, IReadOnlyList<int> keywords, RelevanceOptions options) =>
        HardScore(resume, job, keywords, options, details: null);

    public static double ResumeNorm(ResumeProfile resume, TermWeights weights) =>
        Math.Sqrt(resume.Terms.Sum(kv => Square(kv.Value * weights.Idf(kv.Key))));

    public static double Cosine(ResumeProfile resume, double resumeNorm, ScannedJob job, TermWeights weights)
    {
        double dot = 0, jobNorm = 0;
        foreach (var (id, count, _) in job.Terms)
        {
            var idf = weights.Idf(id);
            var w = Damped(count) * idf;
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

    private static double HardScore(ResumeProfile resume, ScannedJob job, IReadOnlyList<int> keywords, RelevanceOptions options, HardDetails? details)
    {
        var asked = t_asked ??= [];
        asked.Clear();
        AddAsked(job, asked);
        double earned = 0, possible = 0;

        // A list of alternatives is one requirement: the best member counts, the others are not missing.
        HashSet<string>? satisfied = null;
        HashSet<string>? grouped = null;
        if (job.Alternatives.Count > 0)
        {
            satisfied = new(StringComparer.OrdinalIgnoreCase);
            grouped = new(StringComparer.OrdinalIgnoreCase);
            foreach (var group in DistinctGroups(job, asked))
            {
                var best = group.Max(resume.Credit);
                var weight = group.Max(name => WeightOf(asked.Find(s => string.Equals(s.Skill.Name, name, StringComparison.OrdinalIgnoreCase))!, job, options));
                earned += weight * best;
                possible += weight;
                grouped.UnionWith(group);
                if (best >= 1)
                {
                    satisfied.UnionWith(group);
                }
            }
        }

        foreach (var skill in asked)
        {
            var name = skill.Skill.Name;
            var credit = resume.Credit(name);
            if (grouped?.Contains(name) != true)
            {
                var weight = WeightOf(skill, job, options);
                earned += weight * credit;
                possible += weight;
            }

            if (details is not null)
            {
                details.Add(resume, name, IsRequired(skill, job), credit, satisfied?.Contains(name) == true);
            }
        }

        var keywordsFound = 0;
        for (var i = 0; i < keywords.Count; i++)
        {
            keywordsFound += resume.Terms.ContainsKey(keywords[i]) ? 1 : 0;
        }

        var keywordShare = keywords.Count == 0 ? 0 : (double)keywordsFound / keywords.Count;
        return possible > 0
            ? 100 * (((1 - options.KeywordShare) * earned / possible) + (options.KeywordShare * keywordShare))
            : 100 * keywordShare;
    }

    private static double WeightOf(JobSkill skill, ScannedJob job, RelevanceOptions options) =>
        IsRequired(skill, job) ? options.RequiredSkillWeight : options.PreferredSkillWeight;

    private static void AddAsked(ScannedJob job, List<JobSkill> asked)
    {
        foreach (var skill in job.Skills)
        {
            if (skill.Role != LineRole.Blurb && IsRequired(skill, job))
            {
                asked.Add(skill);
            }
        }

        foreach (var skill in job.Skills)
        {
            if (skill.Role != LineRole.Blurb && !IsRequired(skill, job))
            {
                asked.Add(skill);
            }
        }
    }

    private static double Damped(int count) => count < DampedCounts.Length ? DampedCounts[count] : 1 + Math.Log(count);

    private static double Square(double x) => x * x;
}
