namespace JobSentinel.Core.Evaluations;

/// <summary>
/// How the relevance score is put together. Relevance = (HardWeight × hard + SoftWeight × soft) / (HardWeight +
/// SoftWeight), then multiplied by (1 − ExperiencePenalty × (1 − experience fit)) and by
/// (1 − EducationPenalty × (1 − education fit)): a resume 2 years short of 4 keeps 92.5 % of its score, one
/// without the degree asked for loses up to 15 %. The defaults follow the common 0.6 hard / 0.4 semantic split.
/// </summary>
public sealed record RelevanceOptions
{
    /// <summary>Configuration section of the weights.</summary>
    public const string SectionName = "JobSentinel:Relevance";

    public double HardWeight { get; init; } = 0.6;

    public double SoftWeight { get; init; } = 0.4;

    /// <summary>A required skill counts this many times a preferred one (2:1).</summary>
    public double RequiredSkillWeight { get; init; } = 2;

    public double PreferredSkillWeight { get; init; } = 1;

    /// <summary>Share of the hard match that comes from the job's keywords rather than its skills.</summary>
    public double KeywordShare { get; init; } = 0.15;

    /// <summary>How many of the job's weightiest non-skill terms are its keywords.</summary>
    public int KeywordCount { get; init; } = 15;

    public double ExperiencePenalty { get; init; } = 0.15;

    public double EducationPenalty { get; init; } = 0.15;
}
